-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - trigger public.notes.notes_touch: drop trigger [access-exclusive-lock]
DROP TRIGGER notes_touch ON public.notes;
