-- schemac migration: up
-- 1 step; no hazards

-- + table public.orders: create table (3 columns, 2 constraints)
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
