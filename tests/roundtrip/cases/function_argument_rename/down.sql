-- schemac migration: down
-- 2 steps; no hazards

-- - function public.add_one(integer): drop function to create it again
DROP FUNCTION public.add_one(integer);

-- + function public.add_one(integer): create function again
CREATE OR REPLACE FUNCTION public.add_one(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (x + 1);
