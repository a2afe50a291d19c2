-- schemac migration: up
-- 11 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - table sales.products: drop foreign key products_catalog_id_fkey to add it again [access-exclusive-lock]
ALTER TABLE sales.products DROP CONSTRAINT products_catalog_id_fkey;

-- ~ table sales.products: alter column price: type numeric(10,2) -> numeric(12,2) [access-exclusive-lock]
ALTER TABLE sales.products ALTER COLUMN price TYPE numeric(12,2);

-- + schema warehouse: create schema
CREATE SCHEMA warehouse;
COMMENT ON SCHEMA warehouse IS 'Physical stock';

-- + enum type catalog.unit: create enum type
CREATE TYPE catalog.unit AS ENUM ('piece', 'kg', 'litre');

-- + table warehouse.stock: create table (3 columns, 2 constraints)
CREATE TABLE warehouse.stock (
    product_id integer NOT NULL,
    unit catalog.unit NOT NULL,
    quantity numeric DEFAULT 0 NOT NULL,
    CONSTRAINT stock_pkey PRIMARY KEY (product_id),
    CONSTRAINT stock_product_id_fkey FOREIGN KEY (product_id) REFERENCES catalog.products(id)
);

-- + table catalog.products: add column unit catalog.unit DEFAULT 'piece'::catalog.unit NOT NULL [access-exclusive-lock]
ALTER TABLE catalog.products ADD COLUMN unit catalog.unit DEFAULT 'piece'::catalog.unit NOT NULL;

-- + table public.products: add column sales_id integer [access-exclusive-lock]
ALTER TABLE public.products ADD COLUMN sales_id integer;

-- + table public.products: add foreign key products_sales_id_fkey [validates-constraint]
ALTER TABLE public.products ADD CONSTRAINT products_sales_id_fkey FOREIGN KEY (sales_id) REFERENCES sales.products(id);

-- + table sales.products: add again foreign key products_catalog_id_fkey [validates-constraint]
ALTER TABLE sales.products ADD CONSTRAINT products_catalog_id_fkey FOREIGN KEY (catalog_id) REFERENCES catalog.products(id) ON DELETE CASCADE;

-- + index sales.products_catalog_id_idx: create index [index-build]
CREATE INDEX products_catalog_id_idx ON sales.products USING btree (catalog_id);

-- + index warehouse.stock_unit_idx: create index [index-build]
CREATE INDEX stock_unit_idx ON warehouse.stock USING btree (unit);
