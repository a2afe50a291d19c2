-- The new identity sequence goes on after the ids the old one gave.
INSERT INTO public.invoices (total) VALUES (30);
