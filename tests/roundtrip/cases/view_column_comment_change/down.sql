-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, table-rewrite

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- ~ table public.people: alter column age: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN age TYPE integer;

-- + view public.adults: create view again
CREATE VIEW public.adults (id, name) AS
SELECT people.id,
    people.name
   FROM public.people
  WHERE (people.age >= 18);
COMMENT ON COLUMN public.adults.id IS 'the person';
COMMENT ON COLUMN public.adults.name IS 'as written';
