-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - table public.orders: drop check constraint orders_total_check [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;

-- - table public.orders_eu: drop check constraint orders_eu_total_check [access-exclusive-lock]
ALTER TABLE public.orders_eu DROP CONSTRAINT orders_eu_total_check;
