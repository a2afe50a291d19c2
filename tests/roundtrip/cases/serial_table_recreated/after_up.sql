INSERT INTO public.t (at) VALUES ('2024-05-01');
DO $$
BEGIN
  IF (SELECT max(id) FROM public.t) <> 3 THEN
    RAISE EXCEPTION 'the sequence started again';
  END IF;
END $$;
