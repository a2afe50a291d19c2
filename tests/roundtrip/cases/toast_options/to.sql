-- TOAST options set, changed and reset, as pg_dump writes them, with a table's own
CREATE TABLE documents (id integer, body text)
  WITH (fillfactor = 90, toast.autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE notes (id integer, body text) WITH (toast.autovacuum_enabled = 'false');
CREATE MATERIALIZED VIEW bodies WITH (toast.autovacuum_enabled = false) AS SELECT body FROM notes;
