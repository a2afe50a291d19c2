-- Storage parameters and persistence given in the CREATE statements.
CREATE TABLE public.t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a integer, b text)
    WITH (autovacuum_enabled = false);
CREATE INDEX t_a ON public.t (a);
CREATE VIEW public.v AS SELECT a FROM public.t;
CREATE MATERIALIZED VIEW public.m AS SELECT a FROM public.t;
