-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.users: alter column email: type text -> public.citext [table-rewrite, access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE public.citext USING email::public.citext;
