-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.invoices: alter column id: drop identity
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;
