CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, v FROM public.t;
COMMENT ON MATERIALIZED VIEW public.m IS 'old';
COMMENT ON COLUMN public.m.v IS 'value';
