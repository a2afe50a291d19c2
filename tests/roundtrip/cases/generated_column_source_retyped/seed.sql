INSERT INTO public.items (id, price, note) VALUES (1, 21, 'kept');
