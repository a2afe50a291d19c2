-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.articles: alter column tags: type text -> text[] [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.articles ALTER COLUMN tags TYPE text[] USING tags::text[];
