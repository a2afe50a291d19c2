-- A table clustered on another of its indexes, one no longer clustered (SET WITHOUT CLUSTER, as
-- a later statement may say).
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, kind text);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_kind ON events (kind);
ALTER TABLE events CLUSTER ON events_at;
ALTER TABLE events CLUSTER ON events_kind;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE users CLUSTER ON users_pkey;
ALTER TABLE users SET WITHOUT CLUSTER;
