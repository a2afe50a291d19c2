CREATE TABLE events (id integer PRIMARY KEY, name text NOT NULL);
CREATE MATERIALIZED VIEW event_names AS SELECT name FROM events;
