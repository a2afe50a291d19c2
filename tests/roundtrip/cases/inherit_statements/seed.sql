INSERT INTO public.joined VALUES (1, 'a');
INSERT INTO public.leaving VALUES (2);
