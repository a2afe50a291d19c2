CREATE SCHEMA app;
CREATE TABLE app.accounts (id integer PRIMARY KEY, email text);
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
-- Objects the files do not declare.
GRANT SELECT ON app.acounts TO app_user;
GRANT USAGE ON SEQUENCE app.accounts TO app_user;
GRANT USAGE ON SCHEMA ap TO app_user;
GRANT EXECUTE ON FUNCTION app.add(text) TO app_user;
GRANT EXECUTE ON PROCEDURE app.add(integer, integer) TO app_user;
REVOKE USAGE ON TYPE app.moods FROM PUBLIC;
GRANT SELECT (emial) ON app.accounts TO auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA apps TO auditor;
-- Words out of place.
GRANT SELECT ON app.accounts FROM app_user;
REVOKE SELECT ON app.accounts TO app_user;
GRANT SELECT ON EVERY TABLES IN SCHEMA app TO auditor;
GRANT SELECT ON app.accounts TO GROUP auditor;
-- Forms outside the language.
GRANT CONNECT ON DATABASE postgres TO app_user;
GRANT USAGE ON LANGUAGE sql TO app_user;
GRANT USAGE ON LANGUAGE plpgsql TO app_user;
GRANT app_user TO auditor;
REVOKE app_user FROM auditor;
