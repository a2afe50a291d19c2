CREATE SEQUENCE public.order_ids;

CREATE TABLE public.orders (
    id bigint DEFAULT nextval('public.order_ids') PRIMARY KEY,
    note text
);
