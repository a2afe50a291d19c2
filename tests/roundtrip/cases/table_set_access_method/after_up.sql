DO $$ BEGIN
  IF (SELECT count(*) FROM public.events) <> 3 THEN
    RAISE EXCEPTION 'the rows should stay through SET ACCESS METHOD';
  END IF;
  IF (SELECT total FROM public.event_kinds WHERE kind = 'signup') <> 2 THEN
    RAISE EXCEPTION 'the materialized view should keep its rows';
  END IF;
  IF (SELECT a.amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam
      WHERE c.oid = 'public.events'::regclass) <> 'heap2' THEN
    RAISE EXCEPTION 'events should be stored with heap2';
  END IF;
END $$;
