-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down

-- ~ table public.invoices: alter column id: drop identity [access-exclusive-lock, irreversible-down]
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;
