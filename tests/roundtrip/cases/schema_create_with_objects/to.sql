CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA billing;

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');

CREATE SEQUENCE billing.invoice_number_seq AS integer START WITH 1000;

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts (id),
    number integer NOT NULL DEFAULT nextval('billing.invoice_number_seq'),
    status billing.invoice_status NOT NULL DEFAULT 'draft',
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    UNIQUE (number)
);

ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.number;

CREATE INDEX ON billing.invoices (account_id, status);

COMMENT ON SCHEMA billing IS 'Invoicing';
COMMENT ON TABLE billing.invoices IS 'One row per invoice';
