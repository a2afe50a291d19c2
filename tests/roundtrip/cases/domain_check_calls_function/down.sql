-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.codes: drop column code [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.codes DROP COLUMN code;

-- - domain public.code: drop domain
DROP DOMAIN public.code;

-- - function public.is_code(text): drop function
DROP FUNCTION public.is_code(text);
