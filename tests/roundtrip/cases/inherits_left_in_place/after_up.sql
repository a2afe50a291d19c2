DO $$ BEGIN
  IF (SELECT count(*) FROM public.item) <> 1 OR (SELECT count(*) FROM public.orphan) <> 1
     OR (SELECT count(*) FROM public.swapped) <> 1 THEN
    RAISE EXCEPTION 'the rows of the tables whose parents change should stay';
  END IF;
  IF (SELECT count(*) FROM public.base) <> 2 OR (SELECT count(*) FROM public.tagged) <> 1 THEN
    RAISE EXCEPTION 'base should read item and swapped, tagged swapped alone';
  END IF;
END $$;
