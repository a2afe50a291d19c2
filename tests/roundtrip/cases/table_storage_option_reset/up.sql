-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.counters: change storage options
ALTER TABLE public.counters RESET (autovacuum_enabled, fillfactor);
