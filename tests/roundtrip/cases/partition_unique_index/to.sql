-- A unique index on a partitioned table (it must hold the partition key) and a partial index.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
CREATE UNIQUE INDEX orders_region_id_key ON orders (region, id);
CREATE INDEX orders_big_idx ON orders (total) WHERE total > 1000;
