CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
CREATE TABLE public.note_counts (total bigint NOT NULL);
CREATE FUNCTION public.count_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.note_counts SET total = total + (SELECT count(*) FROM inserted);
  RETURN NULL;
END;
$$;
CREATE TRIGGER notes_count AFTER INSERT ON public.notes
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION public.count_notes();
