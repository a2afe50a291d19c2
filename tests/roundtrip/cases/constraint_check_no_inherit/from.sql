CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    CONSTRAINT orders_quantity_check CHECK (quantity > 0)
);
