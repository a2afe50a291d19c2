-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.adults: alter view: set options
ALTER VIEW public.adults SET (check_option='local');
