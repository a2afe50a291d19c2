CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TYPE public.entry AS (at date, mood public.mood);
CREATE FUNCTION public.mood_of(e public.entry) RETURNS public.mood LANGUAGE sql RETURN e.mood;
