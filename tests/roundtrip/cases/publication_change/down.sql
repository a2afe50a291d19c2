-- schemac migration: down
-- 4 steps; no hazards

-- - publication all_of_it: drop publication to create it again
DROP PUBLICATION all_of_it;

-- ~ publication items_feed: publish TABLE ONLY shop.items
ALTER PUBLICATION items_feed SET TABLE ONLY shop.items;

-- ~ publication orders_feed: publish TABLE ONLY shop.orders (id, total), set publish = 'insert, update', publish_via_partition_root = false, change comment
ALTER PUBLICATION orders_feed SET TABLE ONLY shop.orders (id, total);
ALTER PUBLICATION orders_feed SET (publish = 'insert, update', publish_via_partition_root = false);
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';

-- + publication all_of_it: create publication again
CREATE PUBLICATION all_of_it FOR TABLE ONLY shop.items WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
