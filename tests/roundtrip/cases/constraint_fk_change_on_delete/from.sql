CREATE TABLE public.orders (
    id integer PRIMARY KEY
);

CREATE TABLE public.order_lines (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES public.orders
);
