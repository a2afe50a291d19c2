-- Privileges on every kind that has them, granted to roles and to PUBLIC, some with the grant
-- option, on objects that exist and on objects created by the same plan.
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text NOT NULL, secret text);
CREATE VIEW app.account_emails AS SELECT id, email FROM app.accounts;
CREATE MATERIALIZED VIEW app.account_count AS SELECT count(*) AS n FROM app.accounts;
CREATE SEQUENCE app.ticket_seq;
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
CREATE DOMAIN app.email AS text CHECK (VALUE LIKE '%@%');
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
CREATE PROCEDURE app.touch() LANGUAGE sql AS 'SELECT 1';
GRANT USAGE ON SCHEMA app TO app_user, auditor;
GRANT CREATE ON SCHEMA app TO app_user WITH GRANT OPTION;
GRANT SELECT, INSERT, UPDATE ON app.accounts TO app_user;
GRANT SELECT ON TABLE app.account_emails, app.account_count TO auditor WITH GRANT OPTION;
GRANT USAGE, SELECT ON SEQUENCE app.ticket_seq TO app_user;
GRANT SELECT ON app.ticket_seq TO PUBLIC;
GRANT EXECUTE ON FUNCTION app.add(integer, integer) TO app_user;
GRANT EXECUTE ON PROCEDURE app.touch TO auditor;
GRANT USAGE ON TYPE app.mood TO app_user;
GRANT USAGE ON DOMAIN app.email TO auditor;
