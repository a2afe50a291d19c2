CREATE TYPE public.pair AS (a integer, b integer);
CREATE FUNCTION public.second(p public.pair) RETURNS integer LANGUAGE sql RETURN p.b;
