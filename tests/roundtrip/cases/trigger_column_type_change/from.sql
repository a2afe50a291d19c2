CREATE TABLE public.notes (id integer PRIMARY KEY, body character varying(100), updated_at timestamp with time zone);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER notes_touch BEFORE UPDATE OF body ON public.notes
    FOR EACH ROW EXECUTE FUNCTION public.touch();
