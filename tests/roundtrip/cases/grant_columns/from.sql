CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, salary numeric, notes text);
GRANT SELECT (id, name) ON people TO app_user;
GRANT UPDATE (notes) ON people TO app_user;
GRANT SELECT (salary) ON people TO auditor;
