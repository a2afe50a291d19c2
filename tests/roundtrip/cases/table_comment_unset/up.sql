-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.customers: remove comment
COMMENT ON TABLE public.customers IS NULL;
