CREATE TYPE public.pair AS (a integer, b text);
CREATE FUNCTION public.make_pair(x integer) RETURNS public.pair LANGUAGE sql RETURN ROW(x, x::text)::public.pair;
