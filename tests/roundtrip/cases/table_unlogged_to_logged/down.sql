-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.import_rows: set unlogged [table-rewrite, access-exclusive-lock]
ALTER TABLE public.import_rows SET UNLOGGED;
