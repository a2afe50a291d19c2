-- schemac migration: down
-- 2 steps; no hazards

-- + table public.orders: create table (1 column, 1 constraint)
CREATE TABLE public.orders (
    id integer NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

-- + publication orders_feed: create publication
CREATE PUBLICATION orders_feed FOR TABLE ONLY public.orders WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';
