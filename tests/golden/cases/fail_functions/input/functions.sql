-- Functions: overloads are told apart by their argument types, and a signature that names none
-- of them is an error.
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql RETURN r * r;
CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql RETURN w * h;
CREATE FUNCTION area(width int4, height int) RETURNS integer LANGUAGE sql RETURN width * height;
CREATE PROCEDURE tidy(OUT removed integer, IN days integer DEFAULT 30) LANGUAGE sql AS $$ SELECT 1 $$;

COMMENT ON FUNCTION area IS 'which one?';
COMMENT ON FUNCTION area(text) IS 'no such overload';
COMMENT ON FUNCTION tidy IS 'a procedure, not a function';
COMMENT ON PROCEDURE tidy(integer) IS 'the days';
ALTER FUNCTION ares(integer, integer) OWNER TO app;
