-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders: drop table to create it again with partition key LIST (region) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders;

-- + table public.orders: create partitioned table (3 columns, 1 constraint)
CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric DEFAULT 0 NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id, region)
) PARTITION BY LIST (region);

-- + table public.orders_eu: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('de', 'fr', 'it');

-- + table public.orders_rest: create table as partition of public.orders (0 constraints)
CREATE TABLE public.orders_rest PARTITION OF public.orders DEFAULT;
