DO $$ BEGIN
  IF (SELECT count(*) FROM public.events) <> 2 THEN
    RAISE EXCEPTION 'the rows should stay when the table moves to the new method';
  END IF;
  IF (SELECT a.amname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_am a ON a.oid = c.relam
      WHERE c.oid = 'public.events'::pg_catalog.regclass) <> 'heap2' THEN
    RAISE EXCEPTION 'the table should be stored with heap2';
  END IF;
END $$;
