-- schemac migration: down
-- 1 step; hazards: untracked-dependencies

-- ~ function public.touch(): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$function$;
