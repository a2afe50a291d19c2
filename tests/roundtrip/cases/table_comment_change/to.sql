CREATE TABLE public.customers (
    id integer PRIMARY KEY
);

COMMENT ON TABLE public.customers IS 'Customers: it''s one row per legal entity';
