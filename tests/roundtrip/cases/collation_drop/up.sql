-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.users: alter column email: collation public.case_insensitive -> default [access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE text;

-- - collation public.case_insensitive: drop collation
DROP COLLATION public.case_insensitive;
