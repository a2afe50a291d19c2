-- schemac migration: down
-- 2 steps; hazards: irreversible-down

-- ~ table public.invoices: alter column number: drop default
ALTER TABLE public.invoices ALTER COLUMN number DROP DEFAULT;

-- - sequence public.invoice_number_seq: drop sequence [irreversible-down]
DROP SEQUENCE public.invoice_number_seq;
