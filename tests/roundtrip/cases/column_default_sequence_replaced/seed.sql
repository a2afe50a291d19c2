INSERT INTO public.orders (note) VALUES ('first'), ('second'), ('third');
