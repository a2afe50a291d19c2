INSERT INTO public.orders VALUES (1, 'eu'), (2, 'us');
INSERT INTO public.lines VALUES (10, 1, 'eu');
