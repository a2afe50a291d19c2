-- schemac migration: up
-- 1 step; no hazards

-- + trigger public.notes.notes_touch: create trigger
CREATE TRIGGER notes_touch BEFORE INSERT OR UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER notes_touch ON public.notes IS 'keeps updated_at';
