-- A column with privileges on it is dropped: they go with it, and the down plan adds the column
-- back with them.
CREATE TABLE accounts (id integer PRIMARY KEY, email text);
GRANT SELECT (id, email) ON accounts TO auditor;
