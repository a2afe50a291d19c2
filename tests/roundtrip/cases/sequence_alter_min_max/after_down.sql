DO $$
BEGIN
    IF nextval('public.slot_seq') <> 152 THEN
        RAISE EXCEPTION 'slot_seq did not go on from 151';
    END IF;
END
$$;
