-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - trigger public.notes.notes_touch: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER notes_touch ON public.notes;

-- + trigger public.notes.notes_touch: create trigger again
CREATE TRIGGER notes_touch BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch();
