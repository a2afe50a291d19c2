-- schemac:renamed-from billing
CREATE SCHEMA accounting;
CREATE TYPE accounting.currency AS ENUM ('eur', 'usd');
CREATE SEQUENCE accounting.invoice_numbers;
CREATE TABLE accounting.invoices (
  id bigint DEFAULT nextval('accounting.invoice_numbers') PRIMARY KEY,
  currency accounting.currency NOT NULL DEFAULT 'eur',
  total numeric CHECK (total >= 0)
);
CREATE INDEX invoices_currency ON accounting.invoices (currency);
CREATE TABLE public.payments (
  id integer PRIMARY KEY,
  invoice_id bigint REFERENCES accounting.invoices (id)
);
CREATE FUNCTION accounting.total_of(i accounting.invoices) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;
COMMENT ON SCHEMA accounting IS 'money';
