-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders_eu: drop table to create it again with partition key LIST (region) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_eu;

-- + table public.orders_eu: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('de', 'fr', 'it') PARTITION BY LIST (region);

-- + table public.orders_de: create table as partition of public.orders_eu (0 constraints)
CREATE TABLE public.orders_de PARTITION OF public.orders_eu FOR VALUES IN ('de');

-- + table public.orders_eu_rest: create table as partition of public.orders_eu (0 constraints)
CREATE TABLE public.orders_eu_rest PARTITION OF public.orders_eu DEFAULT;
