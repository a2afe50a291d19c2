CREATE SCHEMA catalog;
CREATE SCHEMA sales;
CREATE SCHEMA warehouse;

CREATE TYPE catalog.unit AS ENUM ('piece', 'kg', 'litre');

CREATE TABLE catalog.products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    unit catalog.unit NOT NULL DEFAULT 'piece'
);

CREATE TABLE sales.products (
    id integer PRIMARY KEY,
    catalog_id integer NOT NULL REFERENCES catalog.products ON DELETE CASCADE,
    price numeric(12, 2) NOT NULL
);

CREATE INDEX products_catalog_id_idx ON sales.products (catalog_id);

CREATE TABLE warehouse.stock (
    product_id integer PRIMARY KEY REFERENCES catalog.products,
    unit catalog.unit NOT NULL,
    quantity numeric NOT NULL DEFAULT 0
);

CREATE INDEX stock_unit_idx ON warehouse.stock (unit);

CREATE TABLE public.products (
    id integer PRIMARY KEY,
    sales_id integer REFERENCES sales.products
);

COMMENT ON SCHEMA warehouse IS 'Physical stock';
