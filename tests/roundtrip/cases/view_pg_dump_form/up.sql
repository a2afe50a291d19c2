-- schemac migration: up
-- 2 steps; no hazards

-- + view public.adults: create view
CREATE VIEW public.adults (id, name) WITH (check_option='cascaded', security_barrier='true') AS
SELECT people.id,
    people.name
   FROM public.people
  WHERE (people.age >= 18);
COMMENT ON VIEW public.adults IS 'grown';
COMMENT ON COLUMN public.adults.name IS 'the name';

-- + view public.adult_names: create view
CREATE VIEW public.adult_names (name) AS
SELECT adults.name
   FROM public.adults;
