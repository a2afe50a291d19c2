-- schemac migration: up
-- 4 steps; no hazards

-- - view public.adult_names: drop view to create it again
DROP VIEW public.adult_names;

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- + view public.adults: create view again
CREATE VIEW public.adults (name, id) AS
SELECT people.name,
    people.id
   FROM public.people
  WHERE (people.age >= 18);

-- + view public.adult_names: create view again
CREATE VIEW public.adult_names (name) AS
SELECT adults.name
   FROM public.adults;
