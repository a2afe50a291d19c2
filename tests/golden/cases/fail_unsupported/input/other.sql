-- Statements and clauses outside the language are reported, never skipped.
CREATE RECURSIVE VIEW v (n) AS SELECT 1;
CREATE AGGREGATE total (integer) (SFUNC = int4pl, STYPE = integer);
CREATE MATERIALIZED VIEW mv AS SELECT 1;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC;
CREATE TABLE t (id integer, CONSTRAINT no_overlap EXCLUDE USING gist (id WITH =));
CREATE TABLE child () INHERITS (t);
CREATE TEMPORARY TABLE scratch (id integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE TYPE pair AS (a integer, b integer);
COMMENT ON MATERIALIZED VIEW mv IS 'x';
SELECT 1;
INSERT INTO t VALUES (1);
\i other.sql
