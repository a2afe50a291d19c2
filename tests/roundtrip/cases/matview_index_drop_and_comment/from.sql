CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, v FROM public.t;
CREATE INDEX m_v ON public.m (v);
CREATE UNIQUE INDEX m_id ON public.m (id);
