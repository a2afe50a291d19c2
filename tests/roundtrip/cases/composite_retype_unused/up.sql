-- schemac migration: up
-- 3 steps; no hazards

-- - function public.make_pair(integer): drop function to create it again
DROP FUNCTION public.make_pair(integer);

-- ~ composite type public.pair: alter composite type: alter attribute a: type integer -> bigint
ALTER TYPE public.pair ALTER ATTRIBUTE a TYPE bigint;

-- + function public.make_pair(integer): create function again
CREATE OR REPLACE FUNCTION public.make_pair(x integer)
 RETURNS public.pair
 LANGUAGE sql
RETURN ROW((x)::bigint, (x)::text)::public.pair;
