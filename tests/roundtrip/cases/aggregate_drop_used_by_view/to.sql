CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE VIEW public.totals AS SELECT sum(v)::integer AS total FROM public.t;
