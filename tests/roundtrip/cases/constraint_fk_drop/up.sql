-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- - table public.orders: drop foreign key orders_customer_fk [access-exclusive-lock]
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;
