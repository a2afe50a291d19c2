CREATE TABLE public.products (
    id integer PRIMARY KEY,
    stock text NOT NULL DEFAULT '0'
);
