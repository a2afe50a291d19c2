-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- + table public.orders: add check constraint orders_quantity_check [access-exclusive-lock]
ALTER TABLE public.orders ADD CONSTRAINT orders_quantity_check CHECK ((quantity > 0)) NOT VALID;
