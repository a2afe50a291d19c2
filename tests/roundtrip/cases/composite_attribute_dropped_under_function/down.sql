-- schemac migration: down
-- 3 steps; no hazards

-- - function public.second(public.pair): drop function to create it again
DROP FUNCTION public.second(public.pair);

-- ~ composite type public.pair: alter composite type: drop attribute c, add attribute b
ALTER TYPE public.pair DROP ATTRIBUTE c, ADD ATTRIBUTE b integer;

-- + function public.second(public.pair): create function again
CREATE OR REPLACE FUNCTION public.second(p public.pair)
 RETURNS integer
 LANGUAGE sql
RETURN (p).b;
