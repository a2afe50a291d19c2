-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders_de: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_de;

-- - table public.orders_eu_rest: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_eu_rest;

-- - table public.orders_eu: drop table to create it again with no partition key [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_eu;

-- + table public.orders_eu: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('de', 'fr', 'it');
