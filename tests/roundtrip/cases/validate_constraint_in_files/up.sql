-- schemac migration: up
-- 2 steps; hazards: validates-constraint

-- ~ table public.purchase: alter check constraint amount_positive: validate [validates-constraint]
ALTER TABLE public.purchase VALIDATE CONSTRAINT amount_positive;

-- ~ table public.purchase: alter foreign key purchase_customer: validate [validates-constraint]
ALTER TABLE public.purchase VALIDATE CONSTRAINT purchase_customer;
