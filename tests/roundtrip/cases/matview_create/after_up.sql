DO $$ BEGIN
  IF (SELECT total FROM public.customer_totals WHERE customer = 'ada') <> 120 THEN
    RAISE EXCEPTION 'the materialized view was not filled';
  END IF;
END $$;
