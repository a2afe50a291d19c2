-- schemac migration: up
-- 7 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.invoices: alter column total: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN total DROP DEFAULT;
ALTER TABLE public.invoices ALTER COLUMN total TYPE bigint;
ALTER TABLE ONLY public.invoices ALTER COLUMN total SET DEFAULT 0;

-- ~ table public.invoices_import: alter column total: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.invoices_import ALTER COLUMN total DROP DEFAULT;
ALTER TABLE public.invoices_import ALTER COLUMN total TYPE bigint;
ALTER TABLE ONLY public.invoices_import ALTER COLUMN total SET DEFAULT 0;

-- ~ table public.prices: alter column amount: type numeric(12,2) -> numeric(14,2) [access-exclusive-lock]
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,2);

-- ~ composite type public.money_amount: alter composite type: alter attribute amount: type numeric(12,2) -> numeric(14,2), add attribute tax_rate
ALTER TYPE public.money_amount ALTER ATTRIBUTE amount TYPE numeric(14,2), ADD ATTRIBUTE tax_rate numeric(4,3);

-- + table public.invoices: add column issued_on date DEFAULT CURRENT_DATE NOT NULL [access-exclusive-lock]
ALTER TABLE public.invoices ADD COLUMN issued_on date DEFAULT CURRENT_DATE NOT NULL;

-- + table public.invoices_import: add column issued_on date DEFAULT CURRENT_DATE NOT NULL [access-exclusive-lock]
ALTER TABLE public.invoices_import ADD COLUMN issued_on date DEFAULT CURRENT_DATE NOT NULL;

-- + table public.prices: add column tax_rate numeric(4,3) [access-exclusive-lock]
ALTER TABLE public.prices ADD COLUMN tax_rate numeric(4,3);
