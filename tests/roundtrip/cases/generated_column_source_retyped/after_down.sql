DO $$ BEGIN
  IF (SELECT total FROM public.items WHERE id = 1) <> 42 THEN
    RAISE EXCEPTION 'the generated column should be computed again from the retyped price';
  END IF;
END $$;
