-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.adults: alter view: set options
ALTER VIEW public.adults SET (security_barrier='true', security_invoker='true');
