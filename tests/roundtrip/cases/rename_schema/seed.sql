INSERT INTO billing.invoices (total) VALUES (10);
INSERT INTO public.payments VALUES (1, 1);
