DO $$ BEGIN
  IF (SELECT count(*) FROM public.events) <> 2 OR (SELECT count(*) FROM public.audited) <> 1 THEN
    RAISE EXCEPTION 'the children should keep their rows, which their parents now read';
  END IF;
END $$;
