-- schemac migration: up
-- 2 steps; no hazards

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- + view public.adults: create view again
CREATE VIEW public.adults (person, title) AS
SELECT people.id AS person,
    people.name AS title
   FROM public.people;
