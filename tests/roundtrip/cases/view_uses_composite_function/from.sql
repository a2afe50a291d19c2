CREATE TABLE public.people (id integer PRIMARY KEY, first_name text, last_name text);
