-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down

-- - table app.accounts: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.accounts;

-- - schema app: drop schema
DROP SCHEMA app;

-- ~ default privileges on functions: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM auditor;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

-- ~ default privileges on schemas: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE CREATE, USAGE ON SCHEMAS FROM auditor;

-- ~ default privileges on types: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO PUBLIC;

-- ~ default privileges on tables for role app_user: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE app_user REVOKE SELECT ON TABLES FROM auditor;
