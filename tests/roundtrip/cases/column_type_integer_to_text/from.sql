CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code integer NOT NULL
);
