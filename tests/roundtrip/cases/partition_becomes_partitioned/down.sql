-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.orders_eu: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_eu;

-- - table public.orders_rest: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders_rest;

-- - table public.orders: drop table to create it again with no partition key [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.orders;

-- + table public.orders: create table (3 columns, 1 constraint)
CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric DEFAULT 0 NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id, region)
);
