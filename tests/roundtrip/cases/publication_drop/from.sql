CREATE TABLE orders (id integer PRIMARY KEY);
CREATE PUBLICATION orders_feed FOR TABLE orders;
COMMENT ON PUBLICATION orders_feed IS 'to the warehouse';
