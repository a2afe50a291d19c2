CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric, note text);
CREATE TABLE shop.items (id integer PRIMARY KEY, order_id integer REFERENCES shop.orders);
CREATE PUBLICATION orders_feed FOR TABLE shop.orders (id, total) WITH (publish = 'insert, update');
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';
CREATE PUBLICATION items_feed FOR TABLE shop.items;
CREATE PUBLICATION all_of_it FOR TABLE shop.items;
