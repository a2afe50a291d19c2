-- The labels are kept.
DO $$
BEGIN
    IF (SELECT mood::text || ' ' || history::text FROM public.people WHERE id = 1) <> 'sad {ok,happy}' THEN
        RAISE EXCEPTION 'the labels changed';
    END IF;
END
$$;
INSERT INTO public.people (id, history) VALUES (3, '{happy}');
