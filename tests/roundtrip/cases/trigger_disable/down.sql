-- schemac migration: down
-- 1 step; no hazards

-- ~ trigger public.notes.notes_touch: alter trigger: enable
ALTER TABLE public.notes ENABLE TRIGGER notes_touch;
