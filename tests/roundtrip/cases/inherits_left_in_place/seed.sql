INSERT INTO public.item (id, note, tag, qty) VALUES (1, 'a', 'x', 2);
INSERT INTO public.orphan (g, own) VALUES (5, 6);
INSERT INTO public.swapped (id, note, tag, size) VALUES (3, 'b', 'y', 4);
