-- schemac migration: up
-- 3 steps; no hazards

-- ~ table public.orders: set comment
COMMENT ON TABLE public.orders IS 'all orders';

-- ~ table public.orders_eu: set comment
COMMENT ON TABLE public.orders_eu IS 'orders of the union';

-- ~ table public.orders_eu: alter column total: set comment
COMMENT ON COLUMN public.orders_eu.total IS 'in euros';
