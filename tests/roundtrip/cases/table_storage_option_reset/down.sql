-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.counters: change storage options
ALTER TABLE public.counters SET (autovacuum_enabled='false', fillfactor='70');
