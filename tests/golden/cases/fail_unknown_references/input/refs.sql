-- Unknown schemas, tables, columns and types, with suggestions for near names.
CREATE SCHEMA sales;
CREATE TYPE sales.status AS ENUM ('open', 'closed');
CREATE TABLE sales.customers (id integer PRIMARY KEY, email text);
CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES sales.customer (id),
    state sales.statis,
    total numerc(10, 2)
);
CREATE TABLE salse.items (id integer);
CREATE INDEX ON sales.customers (emial);
CREATE INDEX ON sales.customerz (email);
ALTER TABLE sales.customers ADD CONSTRAINT c_fk FOREIGN KEY (id) REFERENCES sales.customers (emali);
COMMENT ON COLUMN sales.customers.mail IS 'x';
CREATE SEQUENCE sales.seq OWNED BY sales.customers.ids;
ALTER TABLE sales.customers ADD PRIMARY KEY (nope);
