-- schemac migration: up
-- 4 steps; no hazards

-- ~ enum type public.mood: recreate with the new values (this migration uses them, and PostgreSQL cannot use a value in the transaction that adds it)
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('', 'calm');
DROP TYPE public.mood_old;

-- + function public.generated(integer): create function
CREATE OR REPLACE FUNCTION public.generated(n integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (n + 1);

-- + table public.words: create table (4 columns, 0 constraints)
CREATE TABLE public.words (
    id integer DEFAULT public.generated(1),
    code character(3),
    label character varying(10),
    feeling public.mood DEFAULT ''::public.mood
);

-- + function public."like"(integer, text): create function
CREATE OR REPLACE FUNCTION public."like"("full" integer, "is" text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN ("full" + length("is"));
COMMENT ON FUNCTION public."like"(integer, text) IS 'a function named like';
