CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE VIEW public.s AS SELECT id, v FROM public.t;
CREATE VIEW public.on_s AS SELECT id FROM public.s;
