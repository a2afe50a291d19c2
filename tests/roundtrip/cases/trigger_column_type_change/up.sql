-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- - trigger public.notes.notes_touch: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER notes_touch ON public.notes;

-- ~ table public.notes: alter column body: type character varying(100) -> text [access-exclusive-lock]
ALTER TABLE public.notes ALTER COLUMN body TYPE text;

-- + trigger public.notes.notes_touch: create trigger again
CREATE TRIGGER notes_touch BEFORE UPDATE OF body ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch();
