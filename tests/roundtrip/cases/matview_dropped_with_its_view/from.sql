CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, v FROM public.t;
CREATE INDEX m_v ON public.m (v);
CREATE VIEW public.on_m AS SELECT v FROM public.m;
COMMENT ON MATERIALIZED VIEW public.m IS 'goes';
