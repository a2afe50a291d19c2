CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE FUNCTION describe(s size) RETURNS text LANGUAGE sql AS 'SELECT s::text';
REVOKE ALL ON FUNCTION describe(size) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION describe(size) TO app_user;
GRANT USAGE ON TYPE size TO app_user;
