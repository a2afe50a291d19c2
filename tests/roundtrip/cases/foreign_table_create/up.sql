-- schemac migration: up
-- 10 steps; hazards: authz-change, untracked-dependencies

-- + schema reports: create schema
CREATE SCHEMA reports;

-- + enum type reports.state: create enum type
CREATE TYPE reports.state AS ENUM ('open', 'paid');

-- + table public.events: create foreign table (1 column, 0 constraints)
CREATE FOREIGN TABLE public.events (
    at date
) SERVER warehouse;

-- + table reports.orders: create foreign table (4 columns, 1 constraint)
CREATE FOREIGN TABLE reports.orders (
    id bigint OPTIONS (column_name 'order_id') NOT NULL,
    total numeric(12,2),
    state reports.state DEFAULT 'open'::reports.state,
    "Note" text OPTIONS ("Remote Name" 'it''s') COLLATE pg_catalog."C",
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
) SERVER warehouse OPTIONS (schema_name 'sales', table_name 'orders');
COMMENT ON FOREIGN TABLE reports.orders IS 'the warehouse''s orders';
COMMENT ON COLUMN reports.orders.total IS 'with tax';

-- ~ table reports.orders: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE reports.orders TO app_user;

-- ~ table reports.orders: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (total) ON TABLE reports.orders TO auditor;

-- + view reports.paid: create view
CREATE VIEW reports.paid (id, total) AS
SELECT orders.id,
    orders.total
   FROM reports.orders
  WHERE (orders.state = 'paid'::reports.state);

-- + function reports.stamp(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION reports.stamp()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;

-- + trigger reports.orders.orders_stamp: create trigger
CREATE TRIGGER orders_stamp BEFORE INSERT ON reports.orders FOR EACH ROW EXECUTE FUNCTION reports.stamp();

-- + statistics object reports.orders_stats: create statistics object
CREATE STATISTICS reports.orders_stats ON id, total FROM reports.orders;
