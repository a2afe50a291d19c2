-- An enum type that loses a value is created again, and the function taking it with it: both
-- get their privileges back, the function without PUBLIC's.
CREATE TYPE size AS ENUM ('small', 'large');
CREATE FUNCTION describe(s size) RETURNS text LANGUAGE sql AS 'SELECT s::text';
REVOKE ALL ON FUNCTION describe(size) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION describe(size) TO app_user;
GRANT USAGE ON TYPE size TO app_user;
