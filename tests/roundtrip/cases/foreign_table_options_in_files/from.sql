CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER warehouse FOREIGN DATA WRAPPER files;
CREATE FOREIGN TABLE public.orders (
    id bigint,
    total numeric(12,2)
) SERVER warehouse OPTIONS (table_name 'orders');
