-- schemac migration: up
-- 1 step; hazards: untracked-dependencies

-- ~ function public.greeting(text): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.greeting(name text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$
BEGIN
  RETURN 'hello, ' || name || '!';
END;
$function$;
