DO $$
BEGIN
    IF (SELECT created FROM public.events WHERE id = 1) <> '2023-11-14 22:13:20+00' THEN
        RAISE EXCEPTION 'created was not converted by the annotation';
    END IF;
END
$$;
