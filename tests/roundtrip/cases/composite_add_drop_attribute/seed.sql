INSERT INTO public.payments VALUES (1, ROW(10.50, 'EUR', 'first'));
