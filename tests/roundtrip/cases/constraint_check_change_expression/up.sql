-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.payments: drop check constraint payments_method_check to add it again [access-exclusive-lock]
ALTER TABLE public.payments DROP CONSTRAINT payments_method_check;

-- + table public.payments: add again check constraint payments_method_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.payments ADD CONSTRAINT payments_method_check CHECK ((method = ANY (ARRAY['card'::text, 'cash'::text, 'transfer'::text])));
