CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE FUNCTION public.tidy(s text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(trim(s));
CREATE MATERIALIZED VIEW public.m AS SELECT id, public.tidy(v) AS v FROM public.t;
