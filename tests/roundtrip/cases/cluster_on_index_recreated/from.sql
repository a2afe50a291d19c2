CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, kind text);
CREATE INDEX events_at ON events (at);
ALTER TABLE events CLUSTER ON events_at;
