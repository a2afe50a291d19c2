-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.users: alter column email: type public.citext -> text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE text;
