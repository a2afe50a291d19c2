-- schemac migration: up
-- 9 steps; hazards: authz-change

-- + schema app: create schema
CREATE SCHEMA app;

-- + table app.accounts: create table (1 column, 1 constraint)
CREATE TABLE app.accounts (
    id bigint NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

-- ~ table app.accounts: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE app.accounts TO auditor;

-- ~ default privileges on functions: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO auditor;

-- ~ default privileges on schemas: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES GRANT CREATE, USAGE ON SCHEMAS TO auditor;

-- ~ default privileges on types: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;

-- ~ default privileges on tables for role app_user: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES FOR ROLE app_user GRANT SELECT ON TABLES TO auditor;

-- ~ default privileges on sequences in schema app: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO app_user WITH GRANT OPTION;

-- ~ default privileges on tables in schema app: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT, SELECT ON TABLES TO app_user;
