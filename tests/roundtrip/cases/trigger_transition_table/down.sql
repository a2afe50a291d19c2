-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - trigger public.notes.notes_count: drop trigger [access-exclusive-lock]
DROP TRIGGER notes_count ON public.notes;
