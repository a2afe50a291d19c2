-- The serial goes on after the ids the identity gave.
INSERT INTO public.tickets (title) VALUES ('after down');
