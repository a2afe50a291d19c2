DO $$ BEGIN
  IF (SELECT total FROM public.customer_totals WHERE customer = 'ada') <> 10 THEN
    RAISE EXCEPTION 'the aggregate does not add what it should';
  END IF;
END $$;
