-- schemac migration: down
-- 2 steps; no hazards

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- + view public.adults: create view again
CREATE VIEW public.adults (person, label) AS
SELECT people.id AS person,
    people.name AS label
   FROM public.people;
