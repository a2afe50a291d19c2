CREATE TABLE public.orders (id integer PRIMARY KEY, note text);
CREATE MATERIALIZED VIEW public.order_notes AS SELECT id, note FROM public.orders;
