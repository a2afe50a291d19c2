-- New bounds that hold the sequence's position do not restart it.
DO $$
BEGIN
    IF nextval('public.slot_seq') <> 151 THEN
        RAISE EXCEPTION 'slot_seq did not go on from 150';
    END IF;
END
$$;
