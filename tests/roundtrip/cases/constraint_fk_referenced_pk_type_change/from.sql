CREATE TABLE public.customers (
    id integer PRIMARY KEY
);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers
);

CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);
