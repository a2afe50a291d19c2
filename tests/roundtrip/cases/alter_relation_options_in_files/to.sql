-- The same objects, shaped by ALTER statements after them: the plan sets what they say.
CREATE TABLE public.t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a integer, b text)
    WITH (autovacuum_enabled = false);
CREATE INDEX t_a ON public.t (a);
ALTER TABLE public.t SET UNLOGGED;
ALTER TABLE public.t SET (fillfactor = 80, toast.autovacuum_enabled = false),
    RESET (autovacuum_enabled);
ALTER INDEX public.t_a SET (fillfactor = 70);
ALTER INDEX public.t_pkey SET (fillfactor = 60);
CREATE VIEW public.v AS SELECT a FROM public.t;
ALTER VIEW public.v SET (security_barrier = true, check_option = local);
CREATE MATERIALIZED VIEW public.m AS SELECT a FROM public.t;
ALTER MATERIALIZED VIEW public.m SET (fillfactor = 50);
