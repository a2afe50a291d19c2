-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table billing.invoices: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE billing.invoices;

-- - enum type billing.invoice_status: drop enum type
DROP TYPE billing.invoice_status;

-- - schema billing: drop schema
DROP SCHEMA billing;
