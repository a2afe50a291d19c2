INSERT INTO public.tickets (title) VALUES ('first'), ('second');
