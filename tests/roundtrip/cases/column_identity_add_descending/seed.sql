INSERT INTO public.refunds (id, amount) VALUES (-1, 1), (-4, 4), (-2, 2);
