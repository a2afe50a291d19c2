-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.counters: change storage options
ALTER TABLE public.counters RESET (autovacuum_vacuum_scale_factor);
ALTER TABLE public.counters SET (fillfactor='70');
