-- schemac migration: down
-- 3 steps; hazards: deletes-data

-- - materialized view public.bodies: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.bodies;

-- ~ table public.documents: change storage options
ALTER TABLE public.documents RESET (fillfactor, toast.autovacuum_vacuum_scale_factor);
ALTER TABLE public.documents SET (toast.autovacuum_enabled='false');

-- ~ table public.notes: change storage options
ALTER TABLE public.notes RESET (toast.autovacuum_enabled);
