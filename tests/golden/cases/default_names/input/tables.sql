-- Unnamed constraints and indexes get the names PostgreSQL gives them.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    code text UNIQUE,
    amount numeric CHECK (amount > 0),
    lower_bound integer,
    upper_bound integer,
    customer_id integer,
    region text,
    CHECK (lower_bound < upper_bound),
    UNIQUE (region, code),
    UNIQUE (code, region) INCLUDE (amount)
);
CREATE TABLE customers (id integer PRIMARY KEY, orders_id integer);
CREATE TABLE orders_customer (id integer PRIMARY KEY);
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers;
ALTER TABLE customers ADD CHECK (orders_id > 0);
CREATE INDEX ON orders (region);
CREATE INDEX ON orders (region);
CREATE INDEX ON orders (lower(region));
CREATE INDEX ON orders ((lower_bound + upper_bound));
CREATE INDEX ON orders (lower(code), lower(region));
CREATE UNIQUE INDEX ON orders (code) WHERE amount > 100;
