CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TYPE public.entry AS (at date, mood public.mood);
CREATE FUNCTION public.mood_of(e public.entry) RETURNS public.mood LANGUAGE sql RETURN e.mood;
