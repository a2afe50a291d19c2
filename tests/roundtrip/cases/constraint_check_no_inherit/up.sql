-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.orders: drop check constraint orders_quantity_check to add it again [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_quantity_check;

-- + table public.orders: add again check constraint orders_quantity_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_quantity_check CHECK ((quantity > 0)) NO INHERIT;
