-- schemac migration: up
-- 1 step; no hazards

-- + table public.orders: add foreign key orders_customer_id_fkey
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
