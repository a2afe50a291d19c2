-- The privileges PUBLIC has by default on functions, aggregates and types taken away and given
-- to a role instead; PUBLIC's usage of the public schema taken away.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT 2 * x';
CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
REVOKE EXECUTE ON FUNCTION twice(integer), total(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION twice(integer) TO app_user;
REVOKE USAGE ON TYPE color FROM PUBLIC;
GRANT USAGE ON TYPE color TO auditor;
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO app_user;
