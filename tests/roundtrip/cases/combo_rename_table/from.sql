CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.order_items (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers,
    quantity integer NOT NULL CHECK (quantity > 0)
);

CREATE INDEX order_items_customer_id_idx ON public.order_items (customer_id);
