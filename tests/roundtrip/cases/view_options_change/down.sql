-- schemac migration: down
-- 1 step; no hazards

-- ~ view public.adults: alter view: set options
ALTER VIEW public.adults RESET (security_barrier, security_invoker);
