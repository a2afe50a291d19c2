-- The index a table is clustered on changes, so it is dropped and created again: the mark, which
-- goes with the index, is set again after it.
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, kind text);
CREATE INDEX events_at ON events (at DESC);
ALTER TABLE events CLUSTER ON events_at;
