-- an attribute dropped (with the index on its column), one widened under a view and one added
-- with options on the typed table's column
CREATE TYPE person AS (id integer, name text, score bigint, email text);
CREATE TABLE people OF person (
    id WITH OPTIONS PRIMARY KEY,
    score WITH OPTIONS DEFAULT 0,
    email WITH OPTIONS DEFAULT 'none'
);
COMMENT ON COLUMN people.email IS 'where to write';
CREATE VIEW scores AS SELECT id, score FROM people;
CREATE TABLE guests OF person;
