-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.invoices: alter column id: change identity kind
ALTER TABLE public.invoices ALTER COLUMN id SET GENERATED ALWAYS;
