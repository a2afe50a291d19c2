CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric, note text);
CREATE TABLE shop.items (id integer PRIMARY KEY, order_id integer REFERENCES shop.orders);
CREATE TABLE shop.returns (id integer PRIMARY KEY, order_id integer);
-- A publication of some columns and rows of a table, one as pg_dump writes it (its tables added
-- after it, a new table among them), and one of every table.
CREATE PUBLICATION orders_feed FOR TABLE shop.orders (id, total) WHERE (total > 0)
    WITH (publish = 'insert, update');
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';
CREATE PUBLICATION dumped WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION dumped ADD TABLE ONLY shop.items;
ALTER PUBLICATION dumped ADD TABLE ONLY shop.returns;
CREATE PUBLICATION everything FOR ALL TABLES;
