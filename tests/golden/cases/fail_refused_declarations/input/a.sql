-- A statement refused by the parser declares nothing; what refers to the names it would have
-- declared is not reported again as unknown.
CREATE TABLE customers (
  id bigint PRIMARY KEY,
  name text NOT NULL,
);

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint REFERENCES customers,
  last_customer customers,
  -- An unknown name that no refused statement declares is still an error.
  shipper_id bigint REFERENCES shippers
);

CREATE INDEX ON customers (name);
COMMENT ON TABLE customers IS 'x';

CREATE SCHEMA billing foo;
CREATE TABLE billing.invoices (id bigint);

CREATE UNLOGGED TABLE IF NOT EXISTS public.totals AS SELECT 1 AS n;
COMMENT ON TABLE totals IS 'refused above';
GRANT SELECT ON totals TO PUBLIC;
