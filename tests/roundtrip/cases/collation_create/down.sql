-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- - index public.users_email_plain: drop index [access-exclusive-lock]
DROP INDEX public.users_email_plain;

-- - collation public.plain: drop collation
DROP COLLATION public.plain;

-- ~ table public.users: alter column email: collation public.case_insensitive -> default [access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE text;

-- - collation public.case_insensitive: drop collation
DROP COLLATION public.case_insensitive;
