CREATE TABLE accounts (id integer PRIMARY KEY, email text, pin text);
GRANT SELECT (id, email, pin) ON accounts TO auditor;
GRANT UPDATE (pin) ON accounts TO app_user;
