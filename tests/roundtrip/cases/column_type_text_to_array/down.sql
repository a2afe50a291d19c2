-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.articles: alter column tags: type text[] -> text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.articles ALTER COLUMN tags TYPE text;
