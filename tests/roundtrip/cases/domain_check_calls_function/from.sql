CREATE TABLE public.codes (id integer PRIMARY KEY);
