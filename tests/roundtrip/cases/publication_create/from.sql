CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric, note text);
CREATE TABLE shop.items (id integer PRIMARY KEY, order_id integer REFERENCES shop.orders);
