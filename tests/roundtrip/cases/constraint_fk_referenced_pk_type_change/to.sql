CREATE TABLE public.customers (
    id bigint PRIMARY KEY
);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers
);

CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);
