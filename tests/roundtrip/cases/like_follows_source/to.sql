CREATE TYPE money_amount AS (amount numeric(14,2), currency text, tax_rate numeric(4,3));
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    total bigint NOT NULL DEFAULT 0,
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);
-- The copies follow their sources: a LIKE table has the columns its source has in the files.
CREATE TABLE invoices_import (LIKE invoices INCLUDING DEFAULTS);
CREATE TABLE prices (LIKE money_amount, sku text NOT NULL);
