CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.s AS SELECT id, upper(v) AS v FROM public.t;
CREATE INDEX s_v ON public.s (v);
