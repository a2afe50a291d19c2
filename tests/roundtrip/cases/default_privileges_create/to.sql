-- Default privileges of every kind, for every schema and for a new schema, for the role that
-- applies and for another one, with the grant option. They apply to what is created later, not
-- to the tables declared here (which get what GRANT gives them).
CREATE SCHEMA other;
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
GRANT SELECT ON app.accounts TO auditor;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO app_user WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON ROUTINES TO auditor;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE, CREATE ON SCHEMAS TO auditor;
ALTER DEFAULT PRIVILEGES FOR ROLE app_user GRANT SELECT ON TABLES TO auditor;
