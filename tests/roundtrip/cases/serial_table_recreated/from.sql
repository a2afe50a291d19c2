CREATE TABLE public.t (id serial, at date NOT NULL);
