-- A small schema whose JSON form is checked too.
CREATE SCHEMA shop;
CREATE TYPE shop.state AS ENUM ('new', 'done');
CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state shop.state NOT NULL DEFAULT 'new',
    total numeric(10, 2) CHECK (total >= 0),
    parent_id bigint REFERENCES shop.orders ON DELETE CASCADE
);
CREATE INDEX orders_state_idx ON shop.orders (state) WHERE state = 'new';
COMMENT ON TABLE shop.orders IS 'Orders';
