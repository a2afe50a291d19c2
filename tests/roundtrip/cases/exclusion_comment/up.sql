-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.periods: alter exclusion constraint no_overlap: change comment
COMMENT ON CONSTRAINT no_overlap ON public.periods IS 'two periods never overlap';
COMMENT ON INDEX public.no_overlap IS 'the index behind no_overlap';
