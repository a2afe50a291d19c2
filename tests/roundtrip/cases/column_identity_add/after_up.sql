-- The identity goes on after the ids the rows already have.
INSERT INTO public.invoices (total) VALUES (80);
INSERT INTO public.invoices (total) VALUES (90);
