CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(12, 4) NOT NULL,
    weight numeric
);
