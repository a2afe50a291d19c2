-- A descending identity goes on below the smallest id the rows have.
INSERT INTO public.refunds (amount) VALUES (5);
INSERT INTO public.refunds (amount) VALUES (6);
