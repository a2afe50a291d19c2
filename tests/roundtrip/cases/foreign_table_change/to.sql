CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
CREATE SCHEMA reports;
CREATE TYPE reports.state AS ENUM ('open', 'paid');

-- Options of the table and of columns change, a column is added, one dropped, one retyped, a
-- default, a check and NOT NULL change.
CREATE FOREIGN TABLE reports.orders (
    id bigint OPTIONS (column_name 'id'),
    total numeric(14,2) CHECK (total > 0),
    state reports.state DEFAULT 'paid' NOT NULL,
    placed_at timestamptz OPTIONS (column_name 'placed')
) SERVER warehouse OPTIONS (schema_name 'sales', table_name 'all_orders', updatable 'false');
COMMENT ON FOREIGN TABLE reports.orders IS 'the warehouse''s orders, all of them';
COMMENT ON COLUMN reports.orders.total IS 'with tax';
GRANT SELECT ON reports.orders TO app_user;
GRANT SELECT (total) ON reports.orders TO auditor;

-- A trigger and a statistics object on it.
CREATE FUNCTION reports.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_stamp BEFORE INSERT ON reports.orders FOR EACH ROW
  EXECUTE FUNCTION reports.stamp();
CREATE STATISTICS reports.orders_stats ON id, total FROM reports.orders;

CREATE VIEW reports.paid AS SELECT id, total FROM reports.orders WHERE state = 'paid';

CREATE FOREIGN TABLE public.events (
    at date
)
SERVER warehouse;
