CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    total numeric(12, 2) NOT NULL CHECK (total >= 0)
);
