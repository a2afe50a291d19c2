-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, table-rewrite

-- - view public.adult_ages: drop view to create it again
DROP VIEW public.adult_ages;

-- - view public.adults: drop view to create it again
DROP VIEW public.adults;

-- ~ table public.people: alter column age: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN age TYPE integer;

-- + view public.adults: create view again
CREATE VIEW public.adults (id, name, age) AS
SELECT people.id,
    people.name,
    people.age
   FROM public.people
  WHERE (people.age >= 18);

-- + view public.adult_ages: create view again
CREATE VIEW public.adult_ages (age, how_many) AS
SELECT adults.age,
    count(*) AS how_many
   FROM public.adults
  GROUP BY adults.age;
COMMENT ON VIEW public.adult_ages IS 'how many adults of each age';
