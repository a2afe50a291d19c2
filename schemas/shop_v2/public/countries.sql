-- Countries, shared reference data kept in the public schema.

CREATE TABLE public.countries (
    code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name text NOT NULL UNIQUE,
    currency char(3) REFERENCES billing.currencies (code) ON DELETE SET NULL,
    is_shipping_enabled boolean NOT NULL DEFAULT FALSE,
    vat_rate numeric(5,4) NOT NULL DEFAULT 0,
    CONSTRAINT countries_vat_rate_check CHECK (vat_rate >= 0 AND vat_rate < 1)
);

COMMENT ON TABLE public.countries IS 'ISO 3166-1 countries the shop knows about.';
COMMENT ON COLUMN public.countries.is_shipping_enabled IS 'Whether orders may be shipped to this country.';
