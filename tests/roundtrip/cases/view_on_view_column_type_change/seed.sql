INSERT INTO public.people VALUES (1, 'ada', 36), (2, 'bob', 12);
