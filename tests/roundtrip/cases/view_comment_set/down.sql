-- schemac migration: down
-- 1 step; no hazards

-- ~ view public.adults: alter view: remove comment
COMMENT ON VIEW public.adults IS NULL;
