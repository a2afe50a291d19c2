CREATE TABLE public.products (
    id integer PRIMARY KEY,
    stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0)
);

COMMENT ON COLUMN public.products.stock IS 'Units on hand';
