CREATE TABLE public.orders (id integer PRIMARY KEY, note text, tags jsonb);
CREATE MATERIALIZED VIEW public.order_notes AS SELECT id, note, tags FROM public.orders;
ALTER MATERIALIZED VIEW public.order_notes ALTER COLUMN tags SET STATISTICS 300;
ALTER MATERIALIZED VIEW public.order_notes ALTER COLUMN tags SET STORAGE EXTERNAL;
