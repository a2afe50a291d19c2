DO $$
BEGIN
    IF (SELECT string_agg(mood::text || ' ' || coalesce(history::text, '-'), ', ' ORDER BY id) FROM public.people) <> 'sad {ok,happy}, ok -, ok {happy}' THEN
        RAISE EXCEPTION 'the labels changed';
    END IF;
END
$$;
