-- Invoices and their lines.
-- Invoices keep a copy of the bill-to data so they never change after issue.

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'issued', 'paid', 'overdue', 'void');

COMMENT ON TYPE billing.invoice_status IS 'Life cycle of an invoice.';

CREATE SEQUENCE billing.invoice_number_seq
    AS bigint
    START WITH 1000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 10;

COMMENT ON SEQUENCE billing.invoice_number_seq IS 'Human-facing invoice numbers; gaps are allowed.';

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_no bigint NOT NULL DEFAULT nextval('billing.invoice_number_seq') UNIQUE,
    status billing.invoice_status NOT NULL DEFAULT 'draft',
    customer_ref uuid NOT NULL,
    bill_to_name varchar(120) NOT NULL,
    bill_to_address jsonb NOT NULL,
    billing_email text,
    currency char(3) NOT NULL REFERENCES billing.currencies (code),
    subtotal numeric(12,2) NOT NULL DEFAULT 0,
    tax_total numeric(12,2) NOT NULL DEFAULT 0.00,
    total numeric(12,2) NOT NULL DEFAULT 0,
    payment_terms interval NOT NULL DEFAULT '14 days',
    issued_on date,
    due_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (subtotal >= 0 AND tax_total >= 0),
    CONSTRAINT invoices_total_check CHECK (total = subtotal + tax_total),
    CONSTRAINT invoices_due_after_issue_check CHECK (due_on >= issued_on)
);

COMMENT ON TABLE billing.invoices IS 'Invoices sent to customers.';
COMMENT ON COLUMN billing.invoices.customer_ref IS 'Public id of the customer (sales.customers.public_id); not a foreign key on purpose.';
COMMENT ON COLUMN billing.invoices.bill_to_address IS 'Copy of the postal address at the time of issue.';
COMMENT ON CONSTRAINT invoices_due_after_issue_check ON billing.invoices IS 'An invoice cannot fall due before it is issued.';

CREATE INDEX invoices_customer_ref_idx ON billing.invoices (customer_ref);
CREATE INDEX invoices_open_due_on_idx ON billing.invoices (due_on)
    WHERE status IN ('issued', 'overdue');

COMMENT ON INDEX billing.invoices_open_due_on_idx IS 'Supports the daily run that marks unpaid invoices as overdue.';

CREATE TABLE billing.invoice_lines (
    invoice_id bigint NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE,
    line_no smallint NOT NULL,
    product_sku varchar(40),
    description text NOT NULL,
    quantity numeric(12,3) NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    tax_rate numeric(5,4) NOT NULL DEFAULT 0,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT invoice_lines_tax_rate_check CHECK (tax_rate >= 0 AND tax_rate < 1)
);

COMMENT ON TABLE billing.invoice_lines IS 'Individual lines of an invoice, numbered from 1.';
COMMENT ON COLUMN billing.invoice_lines.tax_rate IS 'Tax rate as a fraction, e.g. 0.1900 for 19 %.';
