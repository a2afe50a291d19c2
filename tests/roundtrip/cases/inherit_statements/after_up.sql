DO $$ BEGIN
  IF (SELECT array_agg(id ORDER BY id) FROM public.parent) <> ARRAY[1] THEN
    RAISE EXCEPTION 'parent should read the rows of joined, and no longer those of leaving';
  END IF;
  IF (SELECT count(*) FROM public.leaving) <> 1 THEN
    RAISE EXCEPTION 'leaving should keep its row';
  END IF;
END $$;
