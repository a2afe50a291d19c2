-- schemac migration: down
-- 3 steps; hazards: authz-change

-- ~ default privileges on tables: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE TRUNCATE ON TABLES FROM auditor;

-- ~ default privileges on sequences for role app_user: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE app_user REVOKE GRANT OPTION FOR USAGE ON SEQUENCES FROM auditor;

-- ~ default privileges on tables in schema app: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE UPDATE ON TABLES FROM app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT, SELECT ON TABLES TO app_user WITH GRANT OPTION;
