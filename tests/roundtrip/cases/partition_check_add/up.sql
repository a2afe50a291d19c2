-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- + table public.orders: add check constraint orders_total_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric));

-- + table public.orders_eu: add check constraint orders_eu_total_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orders_eu ADD CONSTRAINT orders_eu_total_check CHECK ((total < (1000000)::numeric));
