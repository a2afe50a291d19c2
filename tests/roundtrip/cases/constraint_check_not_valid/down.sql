-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - table public.orders: drop check constraint orders_quantity_check [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_quantity_check;
