-- The identity goes on after the ids the serial gave.
INSERT INTO public.tickets (title) VALUES ('after up');
