-- Default privileges in a schema that is dropped go with it: no step of their own. Down, they
-- are given again after the schema is created.
CREATE SCHEMA keep;
ALTER DEFAULT PRIVILEGES IN SCHEMA keep GRANT SELECT ON TABLES TO app_user;
