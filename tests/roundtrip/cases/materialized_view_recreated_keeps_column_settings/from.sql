CREATE TABLE public.orders (id integer PRIMARY KEY, note text, total numeric);
CREATE MATERIALIZED VIEW public.order_notes AS SELECT id, note FROM public.orders;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 50;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STORAGE MAIN;
