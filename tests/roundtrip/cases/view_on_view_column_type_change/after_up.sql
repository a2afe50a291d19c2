DO $$ BEGIN
  IF (SELECT how_many FROM public.adult_ages WHERE age = 36) <> 1 THEN
    RAISE EXCEPTION 'the view lost its rows';
  END IF;
END $$;
