CREATE TYPE public.pair AS (id integer, v text);
CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE FUNCTION public.pairs() RETURNS SETOF public.pair LANGUAGE sql STABLE
    AS $$ SELECT id, v FROM public.t $$;
CREATE VIEW public.all_pairs AS SELECT * FROM public.pairs();
