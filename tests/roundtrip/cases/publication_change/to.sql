CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric, note text);
CREATE TABLE shop.items (id integer PRIMARY KEY, order_id integer REFERENCES shop.orders);
-- Another column list and a row filter, other options and comment: in place; another table and a
-- schema added: in place; from some tables to every table: dropped and created again.
CREATE PUBLICATION orders_feed FOR TABLE shop.orders (id, total, note) WHERE (total > 0)
    WITH (publish = 'insert, update, delete', publish_via_partition_root = true);
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse and the ledger';
CREATE PUBLICATION items_feed FOR TABLE shop.items, shop.orders, TABLES IN SCHEMA public;
CREATE PUBLICATION all_of_it FOR ALL TABLES;
