-- schemac migration: up
-- 3 steps; hazards: irreversible-down

-- - function public.is_done(public.status): drop function to create it again
DROP FUNCTION public.is_done(public.status);

-- ~ enum type public.status: recreate without value 'old' [irreversible-down]
ALTER TYPE public.status RENAME TO status_old;
CREATE TYPE public.status AS ENUM ('new', 'done');
DROP TYPE public.status_old;

-- + function public.is_done(public.status): create function again
CREATE OR REPLACE FUNCTION public.is_done(s public.status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (s = 'done'::public.status);
