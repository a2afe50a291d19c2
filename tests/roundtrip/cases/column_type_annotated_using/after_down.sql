DO $$
BEGIN
    IF (SELECT created FROM public.events WHERE id = 1) <> 1700000000 THEN
        RAISE EXCEPTION 'created was not converted back by the annotation';
    END IF;
END
$$;
