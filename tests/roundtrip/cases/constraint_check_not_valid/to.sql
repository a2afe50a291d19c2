CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    quantity integer NOT NULL
);

ALTER TABLE public.orders ADD CONSTRAINT orders_quantity_check CHECK (quantity > 0) NOT VALID;
