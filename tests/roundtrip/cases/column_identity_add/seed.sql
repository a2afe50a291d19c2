INSERT INTO public.invoices (id, total) VALUES (1, 10), (2, 20), (7, 70);
