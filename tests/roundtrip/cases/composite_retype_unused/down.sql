-- schemac migration: down
-- 2 steps; no hazards

-- ~ composite type public.pair: alter composite type: alter attribute a: type bigint -> integer
ALTER TYPE public.pair ALTER ATTRIBUTE a TYPE integer;

-- ~ function public.make_pair(integer): alter function: replace definition
CREATE OR REPLACE FUNCTION public.make_pair(x integer)
 RETURNS public.pair
 LANGUAGE sql
RETURN ROW(x, (x)::text)::public.pair;
