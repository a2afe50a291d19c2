CREATE SCHEMA hr;
CREATE TYPE hr.person AS (id integer, name text COLLATE "C", born date, notes text);
