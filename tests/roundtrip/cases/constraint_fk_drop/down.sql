-- schemac migration: down
-- 1 step; hazards: validates-constraint

-- + table public.orders: add foreign key orders_customer_fk [validates-constraint]
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id);
