-- CLUSTER ON names an index of the table, or the index of one of its keys.
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE events (id integer PRIMARY KEY, at timestamptz, parent_id integer REFERENCES parents);
CREATE INDEX events_at ON events (at);
CREATE INDEX parents_other ON parents (id);
ALTER TABLE events CLUSTER ON events_ta;
ALTER TABLE events CLUSTER ON events_parent_id_fkey;
ALTER TABLE events CLUSTER ON parents_other;
ALTER TABLE events CLUSTER ON events_pkey;
