CREATE TYPE public.full_name AS (first_name text, last_name text);
CREATE TABLE public.people (id integer PRIMARY KEY, first_name text, last_name text);
CREATE FUNCTION public.name_of(p public.people) RETURNS public.full_name LANGUAGE sql STABLE
    RETURN ROW(p.first_name, p.last_name)::public.full_name;
CREATE VIEW public.names AS SELECT id, (public.name_of(people.*)).last_name AS last_name FROM public.people;
