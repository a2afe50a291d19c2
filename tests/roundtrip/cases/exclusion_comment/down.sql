-- schemac migration: down
-- 1 step; no hazards

-- ~ table public.periods: alter exclusion constraint no_overlap: change comment
COMMENT ON CONSTRAINT no_overlap ON public.periods IS 'periods never overlap';
COMMENT ON INDEX public.no_overlap IS NULL;
