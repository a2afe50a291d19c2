-- The new sequence goes on after the ids the old one gave.
INSERT INTO public.orders (note) VALUES ('after up');
