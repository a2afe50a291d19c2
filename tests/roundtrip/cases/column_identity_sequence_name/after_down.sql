-- And the old one after those of the new one.
INSERT INTO public.invoices (total) VALUES (40);
