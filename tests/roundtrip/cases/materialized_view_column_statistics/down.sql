-- schemac migration: down
-- 1 step; no hazards

-- ~ materialized view public.order_notes: alter materialized view: change column settings
ALTER TABLE ONLY public.order_notes ALTER COLUMN id RESET (n_distinct);
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS -1;
