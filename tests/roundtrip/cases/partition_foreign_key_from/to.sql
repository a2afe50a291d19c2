-- A foreign key from a partitioned table, which its partitions take.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0,
  customer_id bigint REFERENCES customers (id) ON DELETE CASCADE, PRIMARY KEY (id, region))
  PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
