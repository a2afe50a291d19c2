CREATE TYPE color AS ENUM ('red', 'green');
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT 2 * x';
CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
