-- Statements and clauses outside the language are reported, never skipped.
CREATE RECURSIVE VIEW v (n) AS SELECT 1;
CREATE AGGREGATE old_sum (BASETYPE = int, SFUNC = int4pl, STYPE = int);
CREATE POLICY own ON t USING (true);
CREATE TABLE t (id integer, CONSTRAINT no_overlap EXCLUDE USING gist (id WITH =));
CREATE LANGUAGE plsample HANDLER plsample_call_handler;
CREATE TEMPORARY TABLE scratch (id integer);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE TYPE span (INPUT = int4in, OUTPUT = int4out);
COMMENT ON POLICY own ON t IS 'x';
SELECT 1;
INSERT INTO t VALUES (1);
\i other.sql
CREATE TRANSFORM FOR integer LANGUAGE plsample (FROM SQL WITH FUNCTION f(internal), TO SQL WITH FUNCTION g(internal));
CREATE EVENT TRIGGER stop ON ddl_command_start EXECUTE FUNCTION f();
ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE pg_default;
CREATE EXTENSION postgres_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER postgres_fdw TO PUBLIC;
