-- schemac migration: down
-- 2 steps; no hazards

-- - view public.adult_names: drop view
DROP VIEW public.adult_names;

-- - view public.adults: drop view
DROP VIEW public.adults;
