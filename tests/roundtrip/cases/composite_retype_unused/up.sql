-- schemac migration: up
-- 2 steps; no hazards

-- ~ composite type public.pair: alter composite type: alter attribute a: type integer -> bigint
ALTER TYPE public.pair ALTER ATTRIBUTE a TYPE bigint;

-- ~ function public.make_pair(integer): alter function: replace definition
CREATE OR REPLACE FUNCTION public.make_pair(x integer)
 RETURNS public.pair
 LANGUAGE sql
RETURN ROW((x)::bigint, (x)::text)::public.pair;
