-- schemac migration: down
-- 1 step; no hazards

-- + table public.orders_us: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
