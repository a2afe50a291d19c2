-- A key's index options change in place (ALTER INDEX), even while a foreign key uses the key.
CREATE TABLE public.t (id integer PRIMARY KEY, code text CONSTRAINT t_code_key UNIQUE WITH (fillfactor = 90));
CREATE TABLE public.r (t_id integer REFERENCES public.t);
