CREATE TABLE public.t (id integer PRIMARY KEY, v text);
CREATE VIEW public.s AS SELECT id, upper(v) AS v FROM public.t;
