-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - publication orders_feed: drop publication
DROP PUBLICATION orders_feed;

-- - table public.orders: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders;
