CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
CREATE TABLE public.note_counts (total bigint NOT NULL);
CREATE FUNCTION public.count_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.note_counts SET total = total + (SELECT count(*) FROM inserted);
  RETURN NULL;
END;
$$;
