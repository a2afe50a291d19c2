-- The identity's last value, -95, lies below the new minimum: it starts again at 1.
INSERT INTO public.tickets (title) VALUES ('after up');
