-- An empty enum label, which PostgreSQL accepts.
CREATE TYPE mood AS ENUM ('', 'calm');

-- Type and function name key words (like, full, is) as a function's and parameters' names.
CREATE FUNCTION like(full integer, is text) RETURNS integer LANGUAGE sql IMMUTABLE
  RETURN $1 + length($2);
COMMENT ON FUNCTION like(integer, text) IS 'a function named like';

-- GENERATED as a function's name, called unqualified in a default; NCHAR columns.
CREATE FUNCTION generated(n integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN n + 1;
CREATE TABLE words (
    id integer DEFAULT generated(1),
    code nchar(3),
    label nchar varying(10),
    feeling mood DEFAULT ''
);
