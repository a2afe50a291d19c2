CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, v FROM public.t;
COMMENT ON MATERIALIZED VIEW public.m IS 'new';
COMMENT ON COLUMN public.m.id IS 'key';
