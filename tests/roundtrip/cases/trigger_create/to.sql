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
CREATE TRIGGER notes_touch BEFORE INSERT OR UPDATE ON public.notes
    FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER notes_touch ON public.notes IS 'keeps updated_at';
