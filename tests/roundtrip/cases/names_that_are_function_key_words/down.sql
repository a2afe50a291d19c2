-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - function public."like"(integer, text): drop function
DROP FUNCTION public."like"(integer, text);

-- - table public.words: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.words;

-- - function public.generated(integer): drop function
DROP FUNCTION public.generated(integer);

-- ~ enum type public.mood: recreate without value '' [irreversible-down]
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('calm');
DROP TYPE public.mood_old;
