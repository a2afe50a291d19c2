CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'cancelled', 'shipped');

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    status public.order_status NOT NULL
);

CREATE TABLE public.order_events (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES public.orders,
    new_status public.order_status
);
