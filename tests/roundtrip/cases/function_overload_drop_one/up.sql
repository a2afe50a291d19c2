-- schemac migration: up
-- 1 step; no hazards

-- - function public.area(double precision): drop function
DROP FUNCTION public.area(double precision);
