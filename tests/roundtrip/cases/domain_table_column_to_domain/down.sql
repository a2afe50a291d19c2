-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.contacts: alter column address: type public.email -> text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.contacts ALTER COLUMN address TYPE text;
