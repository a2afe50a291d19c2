CREATE SEQUENCE public.order_numbers;

CREATE TABLE public.orders (
    id bigint DEFAULT nextval('public.order_numbers') PRIMARY KEY,
    note text
);
