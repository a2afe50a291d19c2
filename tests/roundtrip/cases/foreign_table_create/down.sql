-- schemac migration: down
-- 8 steps; hazards: access-exclusive-lock

-- - statistics object reports.orders_stats: drop statistics object
DROP STATISTICS reports.orders_stats;

-- - trigger reports.orders.orders_stamp: drop trigger [access-exclusive-lock]
DROP TRIGGER orders_stamp ON reports.orders;

-- - function reports.stamp(): drop function
DROP FUNCTION reports.stamp();

-- - view reports.paid: drop view
DROP VIEW reports.paid;

-- - table public.events: drop foreign table [access-exclusive-lock]
DROP FOREIGN TABLE public.events;

-- - table reports.orders: drop foreign table [access-exclusive-lock]
DROP FOREIGN TABLE reports.orders;

-- - enum type reports.state: drop enum type
DROP TYPE reports.state;

-- - schema reports: drop schema
DROP SCHEMA reports;
