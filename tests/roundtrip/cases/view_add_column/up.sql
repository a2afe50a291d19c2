-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.adults: alter view: replace query, add columns
CREATE OR REPLACE VIEW public.adults (id, name, age) AS
SELECT people.id,
    people.name,
    people.age
   FROM public.people
  WHERE (people.age >= 18);
