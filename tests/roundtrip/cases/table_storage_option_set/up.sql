-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.counters: change storage options
ALTER TABLE public.counters SET (fillfactor='70');
