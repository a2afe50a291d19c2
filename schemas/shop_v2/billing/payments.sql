-- Payments received against invoices.

CREATE TABLE billing.payments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id bigint NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'bank_transfer', 'paypal', 'voucher')),
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    currency char(3) NOT NULL,
    provider varchar(40) NOT NULL,
    provider_reference varchar(120),
    raw_response jsonb,
    received_at timestamp(3) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    is_refund boolean NOT NULL DEFAULT FALSE,
    FOREIGN KEY (invoice_id) REFERENCES billing.invoices (id),
    CONSTRAINT payments_currency_fkey FOREIGN KEY (currency) REFERENCES billing.currencies (code),
    CONSTRAINT payments_provider_reference_key UNIQUE (provider, provider_reference)
);

COMMENT ON TABLE billing.payments IS 'Money received or refunded; refunds have is_refund set and a positive amount.';
COMMENT ON COLUMN billing.payments.raw_response IS 'Unmodified answer of the payment provider, kept for disputes.';
COMMENT ON CONSTRAINT payments_provider_reference_key ON billing.payments IS 'A provider never reports the same transaction twice.';

CREATE INDEX ON billing.payments (invoice_id);
CREATE INDEX payments_received_at_idx ON billing.payments (received_at DESC);
