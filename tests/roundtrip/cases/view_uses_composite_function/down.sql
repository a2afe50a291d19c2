-- schemac migration: down
-- 3 steps; no hazards

-- - view public.names: drop view
DROP VIEW public.names;

-- - function public.name_of(public.people): drop function
DROP FUNCTION public.name_of(public.people);

-- - composite type public.full_name: drop composite type
DROP TYPE public.full_name;
