DO $$ BEGIN
  IF (SELECT count(*) FROM public.events) <> 3 THEN
    RAISE EXCEPTION 'the rows should stay through SET ACCESS METHOD back to heap';
  END IF;
END $$;
