-- schemac migration: up
-- 1 step; no hazards

-- ~ trigger public.notes.notes_touch: alter trigger: disable
ALTER TABLE public.notes DISABLE TRIGGER notes_touch;
