-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- + table public.orders: add column customer_id bigint [access-exclusive-lock]
ALTER TABLE public.orders ADD COLUMN customer_id bigint;

-- + table public.orders: add foreign key orders_customer_id_fkey [validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;
