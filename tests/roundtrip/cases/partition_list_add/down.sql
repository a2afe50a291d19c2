-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders_rest: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_rest;

-- - table public.orders_us: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_us;
