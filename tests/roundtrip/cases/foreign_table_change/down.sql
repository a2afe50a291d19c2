-- schemac migration: down
-- 10 steps; hazards: access-exclusive-lock, table-rewrite, validates-constraint

-- - view reports.paid: drop view to create it again
DROP VIEW reports.paid;

-- - table reports.orders: drop check constraint orders_total_check to add it again [access-exclusive-lock]
ALTER TABLE reports.orders DROP CONSTRAINT orders_total_check;

-- - table reports.orders: drop column placed_at [access-exclusive-lock]
ALTER TABLE reports.orders DROP COLUMN placed_at;

-- ~ table reports.orders: change options, set comment [access-exclusive-lock]
ALTER FOREIGN TABLE reports.orders OPTIONS (DROP updatable, SET table_name 'orders');
COMMENT ON FOREIGN TABLE reports.orders IS 'the warehouse''s orders';

-- ~ table reports.orders: alter column id: set not null, change options [access-exclusive-lock, validates-constraint]
ALTER TABLE reports.orders ALTER COLUMN id SET NOT NULL;
ALTER FOREIGN TABLE reports.orders ALTER COLUMN id OPTIONS (SET column_name 'order_id');

-- ~ table reports.orders: alter column state: drop not null, set default 'open'::reports.state [access-exclusive-lock]
ALTER TABLE ONLY reports.orders ALTER COLUMN state DROP DEFAULT;
ALTER TABLE reports.orders ALTER COLUMN state DROP NOT NULL;
ALTER TABLE ONLY reports.orders ALTER COLUMN state SET DEFAULT 'open'::reports.state;

-- ~ table reports.orders: alter column total: type numeric(14,2) -> numeric(12,2) [table-rewrite, access-exclusive-lock]
ALTER TABLE reports.orders ALTER COLUMN total TYPE numeric(12,2);

-- + table reports.orders: add column "Note" text OPTIONS ("Remote Name" 'it''s') COLLATE pg_catalog."C" [access-exclusive-lock]
ALTER TABLE reports.orders ADD COLUMN "Note" text OPTIONS ("Remote Name" 'it''s') COLLATE pg_catalog."C";

-- + table reports.orders: add again check constraint orders_total_check [access-exclusive-lock, validates-constraint]
ALTER TABLE reports.orders ADD CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric));

-- + view reports.paid: create view again
CREATE VIEW reports.paid (id, total) AS
SELECT orders.id,
    orders.total
   FROM reports.orders
  WHERE (orders.state = 'paid'::reports.state);
