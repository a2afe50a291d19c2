DO $$ BEGIN
  IF (SELECT (paid).amount FROM public.payments WHERE id = 1) <> 10.50 THEN
    RAISE EXCEPTION 'the kept attribute lost its value';
  END IF;
END $$;
