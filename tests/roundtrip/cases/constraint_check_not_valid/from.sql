CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    quantity integer NOT NULL
);
