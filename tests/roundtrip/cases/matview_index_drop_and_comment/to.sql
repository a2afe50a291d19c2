CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, v FROM public.t;
CREATE UNIQUE INDEX m_id ON public.m (id);
COMMENT ON INDEX public.m_id IS 'for REFRESH ... CONCURRENTLY';
