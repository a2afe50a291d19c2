-- schemac migration: down
-- 6 steps; hazards: index-build

-- + schema billing: create schema
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoicing';

-- + enum type billing.invoice_status: create enum type
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');

-- + sequence billing.invoice_number_seq: create sequence
CREATE SEQUENCE billing.invoice_number_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000 CACHE 1 NO CYCLE;

-- + table billing.invoices: create table (5 columns, 4 constraints)
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME billing.invoices_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    account_id bigint NOT NULL,
    number integer DEFAULT nextval('billing.invoice_number_seq'::regclass) NOT NULL,
    status billing.invoice_status DEFAULT 'draft'::billing.invoice_status NOT NULL,
    total numeric(12,2) NOT NULL,
    CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id),
    CONSTRAINT invoices_number_key UNIQUE (number),
    CONSTRAINT invoices_pkey PRIMARY KEY (id),
    CONSTRAINT invoices_total_check CHECK ((total >= (0)::numeric))
);
COMMENT ON TABLE billing.invoices IS 'One row per invoice';

-- ~ sequence billing.invoice_number_seq: set owner column
ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.number;

-- + index billing.invoices_account_id_status_idx: create index [index-build]
CREATE INDEX invoices_account_id_status_idx ON billing.invoices USING btree (account_id, status);
