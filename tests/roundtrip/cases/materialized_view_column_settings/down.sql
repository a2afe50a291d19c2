-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ materialized view public.order_notes: alter materialized view: change column settings [access-exclusive-lock]
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STORAGE EXTENDED;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET COMPRESSION DEFAULT;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note SET STATISTICS -1;
ALTER TABLE ONLY public.order_notes ALTER COLUMN note RESET (n_distinct);
ALTER TABLE ONLY public.order_notes ALTER COLUMN tags SET STORAGE EXTERNAL;
