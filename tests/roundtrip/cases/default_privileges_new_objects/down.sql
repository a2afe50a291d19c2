-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down

-- - function app.f(): drop function
DROP FUNCTION app.f();

-- - table app.t: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.t;

-- - table app.u: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.u;

-- + table app.old: create table (1 column, 0 constraints)
CREATE TABLE app.old (
    id bigint
);

-- ~ table app.old: privileges of the new object: grant and revoke privileges [authz-change]
REVOKE INSERT ON TABLE app.old FROM app_user;
GRANT SELECT ON TABLE app.old TO app_user;

-- ~ default privileges on functions: set default privileges [authz-change]
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ~ default privileges on tables in schema app: change default privileges [authz-change]
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE INSERT ON TABLES FROM app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO auditor;
