-- schemac migration: up
-- 9 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down, untracked-dependencies

-- - table app.old: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.old;

-- + table app.t: create table (1 column, 0 constraints)
CREATE TABLE app.t (
    id bigint
);

-- ~ table app.t: privileges of the new object: revoke privileges [authz-change]
REVOKE SELECT ON TABLE app.t FROM auditor;

-- + table app.u: create table (1 column, 0 constraints)
CREATE TABLE app.u (
    id bigint
);

-- ~ table app.u: privileges of the new object: grant and revoke privileges [authz-change]
REVOKE SELECT ON TABLE app.u FROM auditor;
GRANT SELECT ON TABLE app.u TO app_user;

-- + function app.f(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;

-- ~ function app.f(): privileges of the new object: grant privileges [authz-change]
GRANT EXECUTE ON FUNCTION app.f() TO PUBLIC;

-- ~ default privileges on functions: reset default privileges [authz-change]
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

-- ~ default privileges on tables in schema app: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM auditor;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO app_user;
