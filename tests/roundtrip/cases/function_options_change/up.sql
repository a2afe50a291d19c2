-- schemac migration: up
-- 1 step; hazards: untracked-dependencies

-- ~ function public.twice(integer): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF COST 5
 SET search_path TO 'pg_catalog'
AS $function$SELECT x * 2$function$;
