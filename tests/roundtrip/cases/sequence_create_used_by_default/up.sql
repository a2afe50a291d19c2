-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + sequence public.invoice_number_seq: create sequence
CREATE SEQUENCE public.invoice_number_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000 CACHE 1 NO CYCLE;

-- ~ table public.invoices: alter column number: set default nextval('public.invoice_number_seq'::regclass) [access-exclusive-lock]
ALTER TABLE ONLY public.invoices ALTER COLUMN number SET DEFAULT nextval('public.invoice_number_seq'::regclass);
