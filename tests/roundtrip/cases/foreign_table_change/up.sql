-- schemac migration: up
-- 10 steps; hazards: access-exclusive-lock, validates-constraint

-- - view reports.paid: drop view to create it again
DROP VIEW reports.paid;

-- - table reports.orders: drop check constraint orders_total_check to add it again [access-exclusive-lock]
ALTER TABLE reports.orders DROP CONSTRAINT orders_total_check;

-- - table reports.orders: drop column "Note" [access-exclusive-lock]
ALTER TABLE reports.orders DROP COLUMN "Note";

-- ~ table reports.orders: change options, set comment [access-exclusive-lock]
ALTER FOREIGN TABLE reports.orders OPTIONS (SET table_name 'all_orders', ADD updatable 'false');
COMMENT ON FOREIGN TABLE reports.orders IS 'the warehouse''s orders, all of them';

-- ~ table reports.orders: alter column id: drop not null, change options [access-exclusive-lock]
ALTER TABLE reports.orders ALTER COLUMN id DROP NOT NULL;
ALTER FOREIGN TABLE reports.orders ALTER COLUMN id OPTIONS (SET column_name 'id');

-- ~ table reports.orders: alter column state: set not null, set default 'paid'::reports.state [access-exclusive-lock, validates-constraint]
ALTER TABLE ONLY reports.orders ALTER COLUMN state DROP DEFAULT;
ALTER TABLE reports.orders ALTER COLUMN state SET NOT NULL;
ALTER TABLE ONLY reports.orders ALTER COLUMN state SET DEFAULT 'paid'::reports.state;

-- ~ table reports.orders: alter column total: type numeric(12,2) -> numeric(14,2) [access-exclusive-lock]
ALTER TABLE reports.orders ALTER COLUMN total TYPE numeric(14,2);

-- + table reports.orders: add column placed_at timestamp with time zone OPTIONS (column_name 'placed') [access-exclusive-lock]
ALTER TABLE reports.orders ADD COLUMN placed_at timestamp with time zone OPTIONS (column_name 'placed');

-- + table reports.orders: add again check constraint orders_total_check [access-exclusive-lock, validates-constraint]
ALTER TABLE reports.orders ADD CONSTRAINT orders_total_check CHECK ((total > (0)::numeric));

-- + view reports.paid: create view again
CREATE VIEW reports.paid (id, total) AS
SELECT orders.id,
    orders.total
   FROM reports.orders
  WHERE (orders.state = 'paid'::reports.state);
