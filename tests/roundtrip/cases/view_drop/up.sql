-- schemac migration: up
-- 1 step; no hazards

-- - view public.adults: drop view
DROP VIEW public.adults;
