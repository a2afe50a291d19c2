CREATE SCHEMA catalog;
CREATE SCHEMA sales;

CREATE TABLE catalog.products (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE sales.products (
    id integer PRIMARY KEY,
    catalog_id integer NOT NULL REFERENCES catalog.products,
    price numeric(10, 2) NOT NULL
);

CREATE TABLE public.products (
    id integer PRIMARY KEY
);
