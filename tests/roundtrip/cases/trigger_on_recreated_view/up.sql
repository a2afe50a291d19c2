-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock

-- - trigger public.note_view.note_view_insert: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER note_view_insert ON public.note_view;

-- - view public.note_view: drop view to create it again
DROP VIEW public.note_view;

-- + view public.note_view: create view again
CREATE VIEW public.note_view (body, id) AS
SELECT notes.body,
    notes.id
   FROM public.notes;

-- + trigger public.note_view.note_view_insert: create trigger again
CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON public.note_view FOR EACH ROW EXECUTE FUNCTION public.notes_insert();
