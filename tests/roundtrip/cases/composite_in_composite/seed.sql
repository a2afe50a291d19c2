INSERT INTO public.orders VALUES (1, ARRAY[ROW('a', ROW(2.50, 'EUR'), 3)::public.line]);
