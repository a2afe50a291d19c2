-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders_us: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_us;
