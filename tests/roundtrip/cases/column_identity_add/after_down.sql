-- Without the identity, ids are given again by hand.
INSERT INTO public.invoices (id, total) VALUES (100, 100);
