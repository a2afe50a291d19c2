-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.adults: alter view: replace query
CREATE OR REPLACE VIEW public.adults (id, name) AS
SELECT people.id,
    upper(people.name) AS name
   FROM public.people
  WHERE (people.age >= 21);
