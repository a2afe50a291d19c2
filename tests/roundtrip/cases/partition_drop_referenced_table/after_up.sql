INSERT INTO public.orders VALUES (3, 'uk');
INSERT INTO public.lines VALUES (11, 3, 'uk');
DO $$ BEGIN
  IF (SELECT count(*) FROM public.lines) <> 2 THEN
    RAISE EXCEPTION 'the lines should stay, referencing orders in the kept partition';
  END IF;
END $$;
DELETE FROM public.lines WHERE id = 11;
DELETE FROM public.orders WHERE id = 3;
