CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code text NOT NULL
);
