-- Schemas of the shop database: one per business area.
-- The public schema already exists and holds shared reference data.

CREATE SCHEMA billing;
CREATE SCHEMA catalog;
CREATE SCHEMA sales;

COMMENT ON SCHEMA billing IS 'Currencies, invoices and payments; independent of the sales area.';
COMMENT ON SCHEMA catalog IS 'Products, categories and stock.';
COMMENT ON SCHEMA sales IS 'Customers, orders, shipments and checkout sessions.';
