INSERT INTO public.people VALUES (1, 'sad', '{ok,happy}'), (2, DEFAULT, NULL);
