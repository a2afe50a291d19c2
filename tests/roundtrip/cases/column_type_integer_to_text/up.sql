-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.products: alter column code: type integer -> text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN code TYPE text;
