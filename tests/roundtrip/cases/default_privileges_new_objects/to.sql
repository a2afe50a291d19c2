-- Objects created by a plan that also changes the default privileges: they are created under
-- the database's default privileges (here, SELECT to auditor on tables in app, no EXECUTE for
-- PUBLIC), and given what the files grant; the default privileges change after them. Down, the
-- dropped table is created again under the default privileges of this state.
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint);
CREATE TABLE app.u (id bigint);
GRANT SELECT ON app.u TO app_user;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO app_user;
