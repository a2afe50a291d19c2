-- A sequence that has not given a value yet starts at its new start.
DO $$
BEGIN
    IF nextval('public.order_number_seq') <> 10000 THEN
        RAISE EXCEPTION 'order_number_seq did not start at 10000';
    END IF;
END
$$;
