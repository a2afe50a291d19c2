-- And the old one, created again, after those.
INSERT INTO public.orders (note) VALUES ('after down');
