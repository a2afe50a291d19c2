INSERT INTO public.invoices (total) VALUES (10), (20);
