-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.counters: change storage options
ALTER TABLE public.counters SET (autovacuum_vacuum_scale_factor='0.05', fillfactor='50');
