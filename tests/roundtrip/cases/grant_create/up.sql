-- schemac migration: up
-- 16 steps; hazards: authz-change, untracked-dependencies

-- ~ schema app: grant privileges [authz-change]
GRANT USAGE ON SCHEMA app TO app_user;
GRANT CREATE ON SCHEMA app TO app_user WITH GRANT OPTION;
GRANT USAGE ON SCHEMA app TO auditor;

-- ~ table app.accounts: grant privileges [authz-change]
GRANT INSERT, SELECT, UPDATE ON TABLE app.accounts TO app_user;

-- + enum type app.mood: create enum type
CREATE TYPE app.mood AS ENUM ('happy', 'sad');

-- ~ enum type app.mood: privileges of the new object: grant privileges [authz-change]
GRANT USAGE ON TYPE app.mood TO app_user;

-- + sequence app.ticket_seq: create sequence
CREATE SEQUENCE app.ticket_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- ~ sequence app.ticket_seq: privileges of the new object: grant privileges [authz-change]
GRANT SELECT, USAGE ON SEQUENCE app.ticket_seq TO app_user;
GRANT SELECT ON SEQUENCE app.ticket_seq TO PUBLIC;

-- + view app.account_emails: create view
CREATE VIEW app.account_emails (id, email) AS
SELECT accounts.id,
    accounts.email
   FROM app.accounts;

-- ~ view app.account_emails: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE app.account_emails TO auditor WITH GRANT OPTION;

-- + function app.add(integer, integer): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION app.add(a integer, b integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT a + b$function$;

-- ~ function app.add(integer, integer): privileges of the new object: grant privileges [authz-change]
GRANT EXECUTE ON FUNCTION app.add(integer, integer) TO app_user;

-- + function app.touch(): create procedure [untracked-dependencies]
CREATE OR REPLACE PROCEDURE app.touch()
 LANGUAGE sql
AS $procedure$SELECT 1$procedure$;

-- ~ function app.touch(): privileges of the new object: grant privileges [authz-change]
GRANT EXECUTE ON PROCEDURE app.touch() TO auditor;

-- + domain app.email: create domain
CREATE DOMAIN app.email AS text
    CONSTRAINT email_check CHECK ((VALUE ~~ '%@%'::text));

-- ~ domain app.email: privileges of the new object: grant privileges [authz-change]
GRANT USAGE ON DOMAIN app.email TO auditor;

-- + materialized view app.account_count: create materialized view
CREATE MATERIALIZED VIEW app.account_count (n) AS
SELECT count(*) AS n
   FROM app.accounts
  WITH DATA;

-- ~ materialized view app.account_count: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE app.account_count TO auditor WITH GRANT OPTION;
