-- schemac migration: down
-- 2 steps; no hazards

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- + view public.adults: create view again
CREATE VIEW public.adults (id, name, age) AS
SELECT people.id,
    people.name,
    people.age
   FROM public.people
  WHERE (people.age >= 18);
