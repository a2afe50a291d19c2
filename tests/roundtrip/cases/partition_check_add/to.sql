-- A check on the partitioned table, which its partitions take, and one on a partition alone.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
ALTER TABLE orders_eu ADD CONSTRAINT orders_eu_total_check CHECK (total < 1000000);
