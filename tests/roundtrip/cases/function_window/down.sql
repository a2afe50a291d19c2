-- schemac migration: down
-- 4 steps; hazards: untracked-dependencies

-- - view public.ranked: drop view
DROP VIEW public.ranked;

-- - function public.place(): drop function to create it again
DROP FUNCTION public.place();

-- - function public."row no"(): drop function
DROP FUNCTION public."row no"();

-- + function public.place(): create function again [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.place()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 1::bigint$function$;
