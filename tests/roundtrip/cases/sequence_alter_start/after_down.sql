-- One that has given values goes on from them.
DO $$
BEGIN
    IF nextval('public.order_number_seq') <> 10001 THEN
        RAISE EXCEPTION 'order_number_seq did not go on from 10000';
    END IF;
END
$$;
