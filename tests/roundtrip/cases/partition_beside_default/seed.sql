INSERT INTO public.events VALUES (1, '2024-03-03'), (2, '2027-03-03');
