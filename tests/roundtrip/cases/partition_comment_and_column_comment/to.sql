-- Comments on a partitioned table, a partition and a partition's column.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
COMMENT ON TABLE orders IS 'all orders';
COMMENT ON TABLE orders_eu IS 'orders of the union';
COMMENT ON COLUMN orders_eu.total IS 'in euros';
