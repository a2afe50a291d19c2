-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.contacts: alter column address: type text -> public.email [table-rewrite, access-exclusive-lock]
ALTER TABLE public.contacts ALTER COLUMN address TYPE public.email USING address::public.email;
