-- schemac migration: down
-- 9 steps; hazards: authz-change, deletes-data, irreversible-down

-- - materialized view app.account_count: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW app.account_count;

-- - domain app.email: drop domain
DROP DOMAIN app.email;

-- - function app.add(integer, integer): drop function
DROP FUNCTION app.add(integer, integer);

-- - function app.touch(): drop procedure
DROP PROCEDURE app.touch();

-- - view app.account_emails: drop view
DROP VIEW app.account_emails;

-- - sequence app.ticket_seq: drop sequence [irreversible-down]
DROP SEQUENCE app.ticket_seq;

-- - enum type app.mood: drop enum type
DROP TYPE app.mood;

-- ~ schema app: revoke privileges [authz-change]
REVOKE CREATE, USAGE ON SCHEMA app FROM app_user;
REVOKE USAGE ON SCHEMA app FROM auditor;

-- ~ table app.accounts: revoke privileges [authz-change]
REVOKE INSERT, SELECT, UPDATE ON TABLE app.accounts FROM app_user;
