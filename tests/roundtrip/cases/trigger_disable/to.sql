CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    updated_at timestamp with time zone
);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER notes_touch BEFORE UPDATE ON public.notes
    FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.notes DISABLE TRIGGER notes_touch;
