-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ materialized view public.order_notes: alter materialized view: change column settings [access-exclusive-lock]
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STORAGE MAIN;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET COMPRESSION pglz;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS 50;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET (n_distinct='-0.5');
ALTER TABLE ONLY public.order_notes ALTER COLUMN tags SET STORAGE EXTENDED;
