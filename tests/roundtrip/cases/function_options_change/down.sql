-- schemac migration: down
-- 1 step; hazards: untracked-dependencies

-- ~ function public.twice(integer): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT x * 2$function$;
