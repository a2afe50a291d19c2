CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text NOT NULL, secret text);
