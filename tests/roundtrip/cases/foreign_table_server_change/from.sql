CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
CREATE SERVER mirror FOREIGN DATA WRAPPER files;
CREATE FOREIGN TABLE public.events (at date NOT NULL) SERVER warehouse OPTIONS (table_name 'events');
COMMENT ON FOREIGN TABLE public.events IS 'what happened';
GRANT SELECT ON public.events TO app_user;
CREATE VIEW public.recent AS SELECT at FROM public.events WHERE at > date '2024-01-01';
-- A table that becomes a foreign one.
CREATE TABLE public.archive (at date);
