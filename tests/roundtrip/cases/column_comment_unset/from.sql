CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(10, 2) NOT NULL
);

COMMENT ON COLUMN public.products.price IS 'Unit price, excluding tax';
