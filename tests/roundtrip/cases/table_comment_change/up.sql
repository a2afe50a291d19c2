-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.customers: set comment
COMMENT ON TABLE public.customers IS 'Customers: it''s one row per legal entity';
