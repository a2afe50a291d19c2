INSERT INTO public.t (at) VALUES ('2024-06-01');
DO $$
BEGIN
  IF (SELECT max(id) FROM public.t) <> 4 THEN
    RAISE EXCEPTION 'the sequence started again';
  END IF;
END $$;
