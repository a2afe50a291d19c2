-- schemac migration: up
-- 2 steps; no hazards

-- + table public.orders_rest: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_rest PARTITION OF public.orders DEFAULT;

-- + table public.orders_us: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
