-- schemac migration: up
-- 3 steps; no hazards

-- + composite type public.full_name: create composite type
CREATE TYPE public.full_name AS (
    first_name text,
    last_name text
);

-- + function public.name_of(public.people): create function
CREATE OR REPLACE FUNCTION public.name_of(p public.people)
 RETURNS public.full_name
 LANGUAGE sql
 STABLE
RETURN ROW((p).first_name, (p).last_name)::public.full_name;

-- + view public.names: create view
CREATE VIEW public.names (id, last_name) AS
SELECT people.id,
    (public.name_of(people.*)).last_name AS last_name
   FROM public.people;
