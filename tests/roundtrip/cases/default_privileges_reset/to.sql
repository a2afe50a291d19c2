-- Default privileges the files no longer name go back to PostgreSQL's: those for every schema
-- give PUBLIC its EXECUTE and USAGE again, those for a schema are revoked.
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
