CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
CREATE FUNCTION public.notes_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.notes (id, body) VALUES (NEW.id, NEW.body);
  RETURN NEW;
END;
$$;
CREATE VIEW public.note_view AS SELECT id, body FROM public.notes;
CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON public.note_view
    FOR EACH ROW EXECUTE FUNCTION public.notes_insert();
