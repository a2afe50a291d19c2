CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m WITH (fillfactor = 80) AS SELECT id, v FROM public.t;
COMMENT ON MATERIALIZED VIEW public.m IS 'options changed';
