-- schemac migration: up
-- 1 step; hazards: validates-constraint

-- ~ table public.orders: alter check constraint orders_quantity_check: validate [validates-constraint]
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_quantity_check;
