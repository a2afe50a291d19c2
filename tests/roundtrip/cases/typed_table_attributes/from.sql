CREATE TYPE person AS (id integer, name text, score integer, legacy text);
CREATE TABLE people OF person (id WITH OPTIONS PRIMARY KEY, score WITH OPTIONS DEFAULT 0);
CREATE INDEX people_legacy ON people (legacy);
CREATE VIEW scores AS SELECT id, score FROM people;
CREATE TABLE guests OF person;
