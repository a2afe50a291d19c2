-- Currencies accepted by the shop.

CREATE TABLE billing.currencies (
    code char(3) PRIMARY KEY,
    name text NOT NULL,
    symbol varchar(4),
    minor_units smallint NOT NULL DEFAULT 2 CHECK (minor_units BETWEEN 0 AND 4),
    is_active boolean NOT NULL DEFAULT TRUE,
    CONSTRAINT currencies_code_format_check CHECK (code ~ '^[A-Z]{3}$')
);

COMMENT ON TABLE billing.currencies IS 'ISO 4217 currencies the shop can price and invoice in.';
COMMENT ON COLUMN billing.currencies.minor_units IS 'Number of decimal places used for amounts in this currency.';
