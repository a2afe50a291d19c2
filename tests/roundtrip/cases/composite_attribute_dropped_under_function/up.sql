-- schemac migration: up
-- 3 steps; no hazards

-- - function public.second(public.pair): drop function to create it again
DROP FUNCTION public.second(public.pair);

-- ~ composite type public.pair: alter composite type: drop attribute b, add attribute c
ALTER TYPE public.pair DROP ATTRIBUTE b, ADD ATTRIBUTE c integer;

-- + function public.second(public.pair): create function again
CREATE OR REPLACE FUNCTION public.second(p public.pair)
 RETURNS integer
 LANGUAGE sql
RETURN (p).c;
