-- Statements and clauses outside the language are reported, never skipped.
CREATE VIEW v AS SELECT 1;
CREATE OR REPLACE FUNCTION f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE MATERIALIZED VIEW mv AS SELECT 1;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC;
CREATE TABLE t (id integer, CONSTRAINT no_overlap EXCLUDE USING gist (id WITH =));
CREATE TABLE child () INHERITS (t);
CREATE TEMPORARY TABLE scratch (id integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE TYPE pair AS (a integer, b integer);
COMMENT ON VIEW v IS 'x';
SELECT 1;
INSERT INTO t VALUES (1);
\i other.sql
