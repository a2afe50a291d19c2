CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('eur', 'usd');
CREATE SEQUENCE billing.invoice_numbers;
CREATE TABLE billing.invoices (
  id bigint DEFAULT nextval('billing.invoice_numbers') PRIMARY KEY,
  currency billing.currency NOT NULL DEFAULT 'eur',
  total numeric CHECK (total >= 0)
);
CREATE INDEX invoices_currency ON billing.invoices (currency);
CREATE TABLE public.payments (
  id integer PRIMARY KEY,
  invoice_id bigint REFERENCES billing.invoices (id)
);
CREATE FUNCTION billing.total_of(i billing.invoices) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;
COMMENT ON SCHEMA billing IS 'money';
