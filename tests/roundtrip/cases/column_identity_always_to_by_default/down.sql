-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.invoices: alter column id: change identity kind [access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id SET GENERATED ALWAYS;
