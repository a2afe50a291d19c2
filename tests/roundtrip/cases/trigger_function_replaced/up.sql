-- schemac migration: up
-- 1 step; hazards: untracked-dependencies

-- ~ function public.touch(): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END;
$function$;
