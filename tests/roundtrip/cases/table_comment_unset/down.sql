-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.customers: set comment
COMMENT ON TABLE public.customers IS 'People and companies that place orders';
