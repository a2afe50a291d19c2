-- CLUSTER ON names an index of the table, or the index of one of its keys.
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE events (id integer PRIMARY KEY, at timestamptz, parent_id integer REFERENCES parents);
CREATE INDEX events_at ON events (at);
CREATE INDEX parents_other ON parents (id);
ALTER TABLE events CLUSTER ON events_ta;
ALTER TABLE events CLUSTER ON events_parent_id_fkey;
ALTER TABLE events CLUSTER ON parents_other;
ALTER TABLE events CLUSTER ON events_pkey;
-- So does REPLICA IDENTITY USING INDEX.
ALTER TABLE events REPLICA IDENTITY USING INDEX events_ta;
ALTER TABLE events REPLICA IDENTITY USING INDEX parents_other;
ALTER TABLE events REPLICA IDENTITY USING INDEX events_pkey;
-- ALTER INDEX ... SET STATISTICS names an index and an expression key of it.
CREATE INDEX events_day ON events ((id + 1), id);
ALTER INDEX events_dya ALTER COLUMN 1 SET STATISTICS 100;
ALTER INDEX events_day ALTER COLUMN 3 SET STATISTICS 100;
ALTER INDEX events_day ALTER COLUMN 2 SET STATISTICS 100;
ALTER INDEX events_day ALTER COLUMN 0 SET STATISTICS 100;
-- ALTER INDEX ... SET | RESET (...) names an index, or the index of a key.
ALTER INDEX events_at SET (fillfactor = 70);
ALTER INDEX events_pkey RESET (fillfactor);
ALTER INDEX events_ta SET (fillfactor = 70);
ALTER INDEX events_at UNSET (fillfactor);
-- SET UNLOGGED on a partitioned table does nothing; a foreign table has no storage.
CREATE TABLE measures (at date) PARTITION BY RANGE (at);
ALTER TABLE measures SET UNLOGGED, SET LOGGED;
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE remote_events (id integer) SERVER remote;
ALTER FOREIGN TABLE remote_events SET UNLOGGED;
ALTER FOREIGN TABLE remote_events SET (fillfactor = 70);
ALTER VIEW events SET (security_barrier = true);
ALTER VIEW events_view UNSET (security_barrier);
CREATE TABLE readings (at date PRIMARY KEY) PARTITION BY RANGE (at);
CREATE INDEX readings_at ON readings (at);
ALTER INDEX readings_pkey SET (fillfactor = 70);
ALTER INDEX readings_at SET (fillfactor = 70);
