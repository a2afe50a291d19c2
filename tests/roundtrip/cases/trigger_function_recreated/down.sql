-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, untracked-dependencies

-- - trigger public.notes.notes_check: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER notes_check ON public.notes;

-- ~ function public.check_note(): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.check_note()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RETURN NEW;
END;
$function$;

-- + trigger public.notes.notes_check: create trigger again
CREATE CONSTRAINT TRIGGER notes_check AFTER INSERT ON public.notes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_note();
