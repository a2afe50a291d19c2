-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.import_rows: set logged [table-rewrite, access-exclusive-lock]
ALTER TABLE public.import_rows SET LOGGED;
