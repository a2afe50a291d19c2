CREATE FUNCTION public.add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
