-- Its last value, 1, lies inside the old bounds: it goes on from there.
INSERT INTO public.tickets (title) VALUES ('after down');
