-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- - trigger public.notes.notes_touch: drop trigger to create it again [access-exclusive-lock]
DROP TRIGGER notes_touch ON public.notes;

-- ~ table public.notes: alter column body: type text -> character varying(100) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.notes ALTER COLUMN body TYPE character varying(100);

-- + trigger public.notes.notes_touch: create trigger again
CREATE TRIGGER notes_touch BEFORE UPDATE OF body ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch();
