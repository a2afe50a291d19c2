INSERT INTO public.orders VALUES (1, 'ada', 10), (2, 'ada', -5), (3, 'bob', 7);
