-- schemac migration: down
-- 1 step; no hazards

-- ~ range type public.daterange2: alter range type: set comment
COMMENT ON TYPE public.daterange2 IS 'old';
