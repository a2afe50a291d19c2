CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(8, 2) NOT NULL,
    weight numeric(10, 3)
);
