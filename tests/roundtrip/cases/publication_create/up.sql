-- schemac migration: up
-- 4 steps; no hazards

-- + table shop.returns: create table (2 columns, 1 constraint)
CREATE TABLE shop.returns (
    id integer NOT NULL,
    order_id integer,
    CONSTRAINT returns_pkey PRIMARY KEY (id)
);

-- + publication dumped: create publication
CREATE PUBLICATION dumped FOR TABLE ONLY shop.items, TABLE ONLY shop.returns WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- + publication everything: create publication
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- + publication orders_feed: create publication
CREATE PUBLICATION orders_feed FOR TABLE ONLY shop.orders (id, total) WHERE ((total > (0)::numeric)) WITH (publish = 'insert, update', publish_via_partition_root = false);
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';
