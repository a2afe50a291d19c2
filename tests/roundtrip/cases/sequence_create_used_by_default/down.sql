-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, irreversible-down

-- ~ table public.invoices: alter column number: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.invoices ALTER COLUMN number DROP DEFAULT;

-- - sequence public.invoice_number_seq: drop sequence [irreversible-down]
DROP SEQUENCE public.invoice_number_seq;
