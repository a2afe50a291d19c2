-- schemac migration: up
-- 2 steps; hazards: deletes-data

-- - materialized view public.order_notes: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.order_notes;

-- + materialized view public.order_notes: create materialized view again
CREATE MATERIALIZED VIEW public.order_notes (id, note, total) AS
SELECT orders.id,
    orders.note,
    orders.total
   FROM public.orders
  WITH DATA;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STORAGE MAIN;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 50;
