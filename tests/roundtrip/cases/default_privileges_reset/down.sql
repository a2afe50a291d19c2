-- schemac migration: down
-- 3 steps; hazards: authz-change

-- ~ default privileges on functions: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ~ default privileges on types for role auditor: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE auditor REVOKE USAGE ON TYPES FROM PUBLIC;

-- ~ default privileges on tables in schema app: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_user;
