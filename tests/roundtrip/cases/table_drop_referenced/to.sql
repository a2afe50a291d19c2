CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    name text NOT NULL
);
