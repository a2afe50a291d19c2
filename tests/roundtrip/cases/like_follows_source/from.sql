CREATE TYPE money_amount AS (amount numeric(12,2), currency text);
CREATE TABLE invoices (id integer PRIMARY KEY, total integer NOT NULL DEFAULT 0);
CREATE TABLE invoices_import (LIKE invoices INCLUDING DEFAULTS);
CREATE TABLE prices (LIKE money_amount, sku text NOT NULL);
