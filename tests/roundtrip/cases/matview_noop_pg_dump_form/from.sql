CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m AS SELECT id, upper(v) AS v FROM public.t WHERE id > 0;
CREATE INDEX m_v ON public.m (v);
