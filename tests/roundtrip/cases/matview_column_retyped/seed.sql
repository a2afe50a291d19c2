INSERT INTO public.readings VALUES (1, 'a', 3), (2, 'a', 7), (3, 'b', 1);
