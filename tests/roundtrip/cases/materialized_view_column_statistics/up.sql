-- schemac migration: up
-- 1 step; no hazards

-- ~ materialized view public.order_notes: alter materialized view: change column settings
ALTER TABLE ONLY public.order_notes ALTER COLUMN id SET (n_distinct='-1');
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 500;
