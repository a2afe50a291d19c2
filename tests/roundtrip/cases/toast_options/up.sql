-- schemac migration: up
-- 3 steps; no hazards

-- ~ table public.documents: change storage options
ALTER TABLE public.documents RESET (toast.autovacuum_enabled);
ALTER TABLE public.documents SET (fillfactor='90', toast.autovacuum_vacuum_scale_factor='0.05');

-- ~ table public.notes: change storage options
ALTER TABLE public.notes SET (toast.autovacuum_enabled='false');

-- + materialized view public.bodies: create materialized view
CREATE MATERIALIZED VIEW public.bodies (body) WITH (toast.autovacuum_enabled='false') AS
SELECT notes.body
   FROM public.notes
  WITH DATA;
