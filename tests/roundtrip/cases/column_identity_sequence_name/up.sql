-- schemac migration: up
-- 2 steps; no hazards

-- ~ table public.invoices: alter column id: drop identity
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;

-- ~ table public.invoices: alter column id: replace identity
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoice_ids INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
