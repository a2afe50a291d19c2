CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.s AS SELECT id, v FROM public.t;
CREATE UNIQUE INDEX s_id ON public.s (id);
CREATE VIEW public.on_s AS SELECT id FROM public.s;
