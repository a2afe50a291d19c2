CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
-- As pg_dump writes a foreign table whose columns have options: each column's after the table.
CREATE FOREIGN TABLE public.orders (
    id bigint,
    total numeric(12,2)
)
SERVER warehouse
OPTIONS (
    table_name 'orders'
);
ALTER FOREIGN TABLE ONLY public.orders ALTER COLUMN id OPTIONS (
    column_name 'order_id'
);
-- And as a history of migration files changes them.
ALTER FOREIGN TABLE public.orders OPTIONS (SET table_name 'all_orders', ADD schema_name 'sales'),
  ALTER COLUMN total OPTIONS (ADD column_name 'amount', "Remote Note" 'it''s');
ALTER FOREIGN TABLE public.orders ALTER total OPTIONS (DROP "Remote Note");
