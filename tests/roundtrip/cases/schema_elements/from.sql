-- A schema and its tables in one CREATE SCHEMA statement, as PostgreSQL takes it.
CREATE SCHEMA app
  CREATE TABLE person (id int PRIMARY KEY, name text)
  CREATE INDEX person_name ON person (name);
