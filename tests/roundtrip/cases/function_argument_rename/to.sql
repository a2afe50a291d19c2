CREATE FUNCTION public.add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN n + 1;
