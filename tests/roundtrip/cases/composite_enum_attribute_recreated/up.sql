-- schemac migration: up
-- 5 steps; no hazards

-- - function public.mood_of(public.entry): drop function to create it again
DROP FUNCTION public.mood_of(public.entry);

-- - composite type public.entry: drop composite type to create it again
DROP TYPE public.entry;

-- ~ enum type public.mood: recreate with the values in a new order
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
DROP TYPE public.mood_old;

-- + composite type public.entry: create composite type again
CREATE TYPE public.entry AS (
    at date,
    mood public.mood
);

-- + function public.mood_of(public.entry): create function again
CREATE OR REPLACE FUNCTION public.mood_of(e public.entry)
 RETURNS public.mood
 LANGUAGE sql
RETURN (e).mood;
