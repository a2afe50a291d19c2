-- schemac migration: up
-- 1 step; no hazards

-- + trigger public.notes.notes_count: create trigger
CREATE TRIGGER notes_count AFTER INSERT ON public.notes REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.count_notes();
