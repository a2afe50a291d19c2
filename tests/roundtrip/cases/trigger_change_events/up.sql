-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- - trigger public.notes.notes_touch: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER notes_touch ON public.notes;

-- + trigger public.notes.notes_touch: create trigger again
CREATE TRIGGER notes_touch BEFORE INSERT OR UPDATE OF body ON public.notes FOR EACH ROW WHEN ((new.body IS NOT NULL)) EXECUTE FUNCTION public.touch();
