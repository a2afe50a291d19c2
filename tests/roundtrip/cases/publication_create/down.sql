-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - publication dumped: drop publication
DROP PUBLICATION dumped;

-- - publication everything: drop publication
DROP PUBLICATION everything;

-- - publication orders_feed: drop publication
DROP PUBLICATION orders_feed;

-- - table shop.returns: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE shop.returns;
