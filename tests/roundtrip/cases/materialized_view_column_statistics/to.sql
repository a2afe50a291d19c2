CREATE TABLE public.orders (id integer PRIMARY KEY, note text);
CREATE MATERIALIZED VIEW public.order_notes AS SELECT id, note FROM public.orders;
-- A statistics target alone takes no ACCESS EXCLUSIVE lock: no access-exclusive-lock hazard.
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 500;
ALTER TABLE ONLY public.order_notes ALTER COLUMN id SET (n_distinct=-1);
