-- The same privileges as pg_dump writes them (ALL, REVOKE ALL then GRANT, qualified names), and
-- with ON ALL ... IN SCHEMA: no change.
SET search_path = '';
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, note text);
CREATE SEQUENCE app.s;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
GRANT USAGE ON SCHEMA app TO app_user;
GRANT SELECT,INSERT ON TABLE app.t TO app_user;
GRANT UPDATE(note) ON TABLE app.t TO auditor;
GRANT ALL ON SEQUENCE app.s TO app_user;
REVOKE USAGE ON ALL SEQUENCES IN SCHEMA app FROM app_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA app TO app_user;
REVOKE SELECT, UPDATE ON SEQUENCE app.s FROM app_user;
REVOKE ALL ON FUNCTION app.f() FROM PUBLIC;
GRANT ALL ON FUNCTION app.f() TO app_user;
