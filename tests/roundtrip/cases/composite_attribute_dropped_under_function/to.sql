CREATE TYPE public.pair AS (a integer, c integer);
CREATE FUNCTION public.second(p public.pair) RETURNS integer LANGUAGE sql RETURN p.c;
