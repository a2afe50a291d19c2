-- schemac migration: down
-- 1 step; no hazards

-- + view public.adults: create view
CREATE VIEW public.adults (id, name) AS
SELECT people.id,
    people.name
   FROM public.people
  WHERE (people.age >= 18);
