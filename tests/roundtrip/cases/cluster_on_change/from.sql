CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, kind text);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_kind ON events (kind);
ALTER TABLE events CLUSTER ON events_at;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE users CLUSTER ON users_pkey;
