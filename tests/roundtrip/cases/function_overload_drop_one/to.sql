CREATE FUNCTION public.area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN w * h;
COMMENT ON FUNCTION public.area(integer, integer) IS 'rectangle';
