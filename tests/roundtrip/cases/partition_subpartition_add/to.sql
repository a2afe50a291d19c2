-- A partition is partitioned again (created again, as its partition key is new) and gets its own
-- partitions.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it') PARTITION BY LIST (region);
CREATE TABLE orders_de PARTITION OF orders_eu FOR VALUES IN ('de');
CREATE TABLE orders_eu_rest PARTITION OF orders_eu DEFAULT;
