CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.m WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT id, v FROM public.t;
