-- schemac migration: up
-- 3 steps; hazards: authz-change

-- ~ default privileges on tables: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES GRANT TRUNCATE ON TABLES TO auditor;

-- ~ default privileges on sequences for role app_user: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE app_user GRANT USAGE ON SEQUENCES TO auditor WITH GRANT OPTION;

-- ~ default privileges on tables in schema app: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE INSERT ON TABLES FROM app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE GRANT OPTION FOR SELECT ON TABLES FROM app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT UPDATE ON TABLES TO app_user WITH GRANT OPTION;
