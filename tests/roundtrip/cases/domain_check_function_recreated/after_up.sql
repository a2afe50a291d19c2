DO $$ BEGIN
  INSERT INTO public.codes VALUES (2, 'abc');
  RAISE EXCEPTION 'the check of the domain was not added again';
EXCEPTION WHEN check_violation THEN
  NULL;
END $$;
