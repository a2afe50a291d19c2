CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE shop.customers (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    active bool NOT NULL DEFAULT true,
    joined_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shop.orders (
    id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id int NOT NULL REFERENCES shop.customers ON DELETE CASCADE,
    status shop.order_status NOT NULL DEFAULT 'pending',
    total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    code char(8),
    ratio float8,
    notes varchar
);

CREATE INDEX ON shop.orders (customer_id, status);

COMMENT ON TABLE shop.orders IS 'One row per order';
