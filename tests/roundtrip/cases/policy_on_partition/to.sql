-- Row-level security and a policy on a partition of its own.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
ALTER TABLE orders_eu ENABLE ROW LEVEL SECURITY;
CREATE POLICY big_only ON orders_eu TO app_user USING (total > 100);
