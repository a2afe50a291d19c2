-- schemac migration: down
-- 2 steps; hazards: authz-change

-- + schema app: create schema
CREATE SCHEMA app;

-- ~ default privileges on tables in schema app: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_user;
