-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, table-rewrite

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- ~ table public.people: alter column age: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN age TYPE bigint;

-- + view public.adults: create view again
CREATE VIEW public.adults (id, name) AS
SELECT people.id,
    people.name
   FROM public.people
  WHERE (people.age >= 18);
COMMENT ON VIEW public.adults IS 'people of age';
COMMENT ON COLUMN public.adults.name IS 'as spoken';
