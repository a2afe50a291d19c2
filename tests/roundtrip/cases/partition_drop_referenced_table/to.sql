-- A partition of a table that a foreign key references is dropped (DROP refuses while the key
-- has a part on it: it is detached first) and another is given a new bound.
CREATE TABLE orders (id integer, region text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu', 'uk');
CREATE TABLE lines (
    id integer PRIMARY KEY,
    order_id integer,
    region text,
    FOREIGN KEY (order_id, region) REFERENCES orders
);
