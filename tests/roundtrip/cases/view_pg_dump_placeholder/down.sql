-- schemac migration: down
-- 1 step; no hazards

-- - view public.v: drop view
DROP VIEW public.v;
