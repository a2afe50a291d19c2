-- schemac migration: down
-- 3 steps; no hazards

-- ~ table public.orders: alter foreign key orders_customer_id_fkey: change comment
COMMENT ON CONSTRAINT orders_customer_id_fkey ON public.orders IS NULL;

-- ~ table public.orders: alter primary key orders_pkey: change comment
COMMENT ON CONSTRAINT orders_pkey ON public.orders IS NULL;

-- ~ table public.orders: alter check constraint orders_total_check: change comment
COMMENT ON CONSTRAINT orders_total_check ON public.orders IS NULL;
