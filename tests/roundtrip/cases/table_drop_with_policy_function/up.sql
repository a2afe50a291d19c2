-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.documents: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.documents;

-- - function public.is_owner(text): drop function
DROP FUNCTION public.is_owner(text);
