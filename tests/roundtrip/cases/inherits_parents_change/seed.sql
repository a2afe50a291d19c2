INSERT INTO public.logins (id, at, user_name) VALUES (1, now(), 'ann');
INSERT INTO public.standalone VALUES (2, now());
