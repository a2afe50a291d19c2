CREATE TABLE public.orders (id integer PRIMARY KEY, note text, tags jsonb);
CREATE MATERIALIZED VIEW public.order_notes AS SELECT id, note, tags FROM public.orders;
-- As pg_dump writes a materialized view's column settings.
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 50;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STORAGE MAIN;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET COMPRESSION pglz;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET (n_distinct=-0.5);
-- And as one would write them: tags keeps its target and returns to its type's storage.
ALTER MATERIALIZED VIEW public.order_notes ALTER COLUMN tags SET STATISTICS 300;
