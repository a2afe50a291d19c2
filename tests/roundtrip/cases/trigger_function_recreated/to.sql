CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
CREATE FUNCTION public.check_note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $body$
BEGIN
  RETURN NULL;
END;
$body$;
CREATE CONSTRAINT TRIGGER notes_check AFTER INSERT ON public.notes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_note('strict');
