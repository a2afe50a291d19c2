-- schemac migration: up
-- 3 steps; hazards: authz-change

-- ~ default privileges on functions: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

-- ~ default privileges on types for role auditor: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE auditor GRANT USAGE ON TYPES TO PUBLIC;

-- ~ default privileges on tables in schema app: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM app_user;
