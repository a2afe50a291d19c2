-- schemac migration: up
-- 1 step; hazards: validates-constraint

-- + table public.orders: add foreign key orders_customer_id_fkey [validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
