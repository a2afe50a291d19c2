-- schemac migration: down
-- 3 steps; no hazards

-- - view public.summary: drop view
DROP VIEW public.summary;

-- - function public.positive_total(): drop function
DROP FUNCTION public.positive_total();

-- - view public.positive: drop view
DROP VIEW public.positive;
