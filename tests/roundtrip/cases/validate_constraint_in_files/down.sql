-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- - table public.purchase: drop check constraint amount_positive to add it again [access-exclusive-lock]
ALTER TABLE public.purchase DROP CONSTRAINT amount_positive;

-- - table public.purchase: drop foreign key purchase_customer to add it again [access-exclusive-lock]
ALTER TABLE public.purchase DROP CONSTRAINT purchase_customer;

-- + table public.purchase: add again check constraint amount_positive [access-exclusive-lock]
ALTER TABLE public.purchase ADD CONSTRAINT amount_positive CHECK ((amount > (0)::numeric)) NOT VALID;

-- + table public.purchase: add again foreign key purchase_customer
ALTER TABLE public.purchase ADD CONSTRAINT purchase_customer FOREIGN KEY (customer) REFERENCES public.customer(id) NOT VALID;
