-- schemac migration: down
-- 3 steps; no hazards

-- ~ table public.orders: remove comment
COMMENT ON TABLE public.orders IS NULL;

-- ~ table public.orders_eu: remove comment
COMMENT ON TABLE public.orders_eu IS NULL;

-- ~ table public.orders_eu: alter column total: remove comment
COMMENT ON COLUMN public.orders_eu.total IS NULL;
