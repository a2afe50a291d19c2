-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- - view public.moods: drop view to create it again
DROP VIEW public.moods;

-- ~ enum type public.mood: recreate without value 'cross' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('calm', 'glad');
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood_old;

-- + view public.moods: create view again
CREATE VIEW public.moods (mood, how_many) AS
SELECT people.mood,
    count(*) AS how_many
   FROM public.people
  GROUP BY people.mood;
