-- schemac migration: down
-- 10 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite, validates-constraint

-- - index sales.products_catalog_id_idx: drop index [access-exclusive-lock]
DROP INDEX sales.products_catalog_id_idx;

-- - table public.products: drop foreign key products_sales_id_fkey [access-exclusive-lock]
ALTER TABLE public.products DROP CONSTRAINT products_sales_id_fkey;

-- - table sales.products: drop foreign key products_catalog_id_fkey to add it again [access-exclusive-lock]
ALTER TABLE sales.products DROP CONSTRAINT products_catalog_id_fkey;

-- - table catalog.products: drop column unit [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE catalog.products DROP COLUMN unit;

-- - table public.products: drop column sales_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.products DROP COLUMN sales_id;

-- - table warehouse.stock: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE warehouse.stock;

-- - enum type catalog.unit: drop enum type
DROP TYPE catalog.unit;

-- - schema warehouse: drop schema
DROP SCHEMA warehouse;

-- ~ table sales.products: alter column price: type numeric(12,2) -> numeric(10,2) [table-rewrite, access-exclusive-lock]
ALTER TABLE sales.products ALTER COLUMN price TYPE numeric(10,2);

-- + table sales.products: add again foreign key products_catalog_id_fkey [validates-constraint]
ALTER TABLE sales.products ADD CONSTRAINT products_catalog_id_fkey FOREIGN KEY (catalog_id) REFERENCES catalog.products(id);
