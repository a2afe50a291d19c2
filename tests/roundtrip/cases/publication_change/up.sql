-- schemac migration: up
-- 4 steps; no hazards

-- - publication all_of_it: drop publication to create it again
DROP PUBLICATION all_of_it;

-- ~ publication items_feed: publish TABLE ONLY shop.items, TABLE ONLY shop.orders, TABLES IN SCHEMA public
ALTER PUBLICATION items_feed SET TABLE ONLY shop.items, TABLE ONLY shop.orders, TABLES IN SCHEMA public;

-- ~ publication orders_feed: publish TABLE ONLY shop.orders (id, total, note) WHERE ((total > (0)::numeric)), set publish = 'insert, update, delete', publish_via_partition_root = true, change comment
ALTER PUBLICATION orders_feed SET TABLE ONLY shop.orders (id, total, note) WHERE ((total > (0)::numeric));
ALTER PUBLICATION orders_feed SET (publish = 'insert, update, delete', publish_via_partition_root = true);
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse and the ledger';

-- + publication all_of_it: create publication again
CREATE PUBLICATION all_of_it FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
