CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE FUNCTION bigger(a size, b size) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a > b;
CREATE OPERATOR >>> (FUNCTION = bigger, LEFTARG = size, RIGHTARG = size);
COMMENT ON OPERATOR >>> (size, size) IS 'bigger';
