-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- - table public.invoices: drop column issued_on [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.invoices DROP COLUMN issued_on;

-- - table public.invoices_import: drop column issued_on [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.invoices_import DROP COLUMN issued_on;

-- - table public.prices: drop column tax_rate [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.prices DROP COLUMN tax_rate;

-- ~ table public.invoices: alter column total: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN total DROP DEFAULT;
ALTER TABLE public.invoices ALTER COLUMN total TYPE integer;
ALTER TABLE ONLY public.invoices ALTER COLUMN total SET DEFAULT 0;

-- ~ table public.invoices_import: alter column total: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices_import ALTER COLUMN total DROP DEFAULT;
ALTER TABLE public.invoices_import ALTER COLUMN total TYPE integer;
ALTER TABLE ONLY public.invoices_import ALTER COLUMN total SET DEFAULT 0;

-- ~ table public.prices: alter column amount: type numeric(14,2) -> numeric(12,2) [table-rewrite, access-exclusive-lock]
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(12,2);

-- ~ composite type public.money_amount: alter composite type: alter attribute amount: type numeric(14,2) -> numeric(12,2), drop attribute tax_rate
ALTER TYPE public.money_amount ALTER ATTRIBUTE amount TYPE numeric(12,2), DROP ATTRIBUTE tax_rate;
