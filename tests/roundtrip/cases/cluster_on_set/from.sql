CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);
CREATE INDEX events_at ON events (at);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
