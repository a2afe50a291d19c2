-- schemac migration: down
-- 1 step; no hazards

-- + function public.area(double precision): create function
CREATE OR REPLACE FUNCTION public.area(r double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
RETURN ((pi() * r) * r);
