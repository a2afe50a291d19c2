-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.orders: alter check constraint orders_total_check: change comment
COMMENT ON CONSTRAINT orders_total_check ON public.orders IS NULL;
