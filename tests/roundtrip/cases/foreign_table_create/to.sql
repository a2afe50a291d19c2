CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
CREATE SCHEMA reports;
CREATE TYPE reports.state AS ENUM ('open', 'paid');

CREATE FOREIGN TABLE reports.orders (
    id bigint OPTIONS (column_name 'order_id') NOT NULL,
    total numeric(12,2) CHECK (total >= 0),
    state reports.state DEFAULT 'open',
    "Note" text OPTIONS ("Remote Name" 'it''s') COLLATE "C"
) SERVER warehouse OPTIONS (schema_name 'sales', table_name 'orders');
COMMENT ON FOREIGN TABLE reports.orders IS 'the warehouse''s orders';
COMMENT ON COLUMN reports.orders.total IS 'with tax';
GRANT SELECT ON reports.orders TO app_user;
GRANT SELECT (total) ON reports.orders TO auditor;

-- A trigger and a statistics object on it.
CREATE FUNCTION reports.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_stamp BEFORE INSERT ON reports.orders FOR EACH ROW
  EXECUTE FUNCTION reports.stamp();
CREATE STATISTICS reports.orders_stats ON id, total FROM reports.orders;

-- A view reads it.
CREATE VIEW reports.paid AS SELECT id, total FROM reports.orders WHERE state = 'paid';

-- As pg_dump writes one.
CREATE FOREIGN TABLE public.events (
    at date
)
SERVER warehouse;
ALTER FOREIGN TABLE public.events OWNER TO CURRENT_USER;
