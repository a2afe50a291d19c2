CREATE TABLE public.customers (
    id integer PRIMARY KEY
);

COMMENT ON TABLE public.customers IS 'People and companies that place orders';
