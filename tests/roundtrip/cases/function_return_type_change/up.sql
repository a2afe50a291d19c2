-- schemac migration: up
-- 2 steps; no hazards

-- - function public.answer(): drop function to create it again
DROP FUNCTION public.answer();

-- + function public.answer(): create function again
CREATE OR REPLACE FUNCTION public.answer()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN 42;
