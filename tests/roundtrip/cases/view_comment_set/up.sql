-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.adults: alter view: set comment
COMMENT ON VIEW public.adults IS 'people of age';
