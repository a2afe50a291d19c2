-- schemac migration: up
-- 2 steps; no hazards

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- + view public.adults: create view again
CREATE VIEW public.adults (id, age) AS
SELECT people.id,
    people.age
   FROM public.people
  WHERE (people.age >= 18);
