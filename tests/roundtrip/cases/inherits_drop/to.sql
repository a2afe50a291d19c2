-- The parent and one child go; the other child stays without its parent: NO INHERIT, with its rows.
CREATE TABLE payments (id bigint, at timestamp with time zone NOT NULL, amount numeric);
CREATE TABLE other (x int);
