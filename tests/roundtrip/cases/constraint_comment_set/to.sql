CREATE TABLE public.customers (
    id integer PRIMARY KEY
);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers,
    total numeric(12, 2) NOT NULL CHECK (total >= 0)
);

COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'Order identity';
COMMENT ON CONSTRAINT orders_customer_id_fkey ON public.orders IS 'Every order has a customer';
COMMENT ON CONSTRAINT orders_total_check ON public.orders IS 'No negative totals';
