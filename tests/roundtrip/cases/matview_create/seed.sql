INSERT INTO public.orders VALUES (1, 'ada', 80), (2, 'ada', 40), (3, 'bob', 10);
