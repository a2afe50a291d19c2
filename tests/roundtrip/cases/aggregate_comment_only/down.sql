-- schemac migration: down
-- 1 step; no hazards

-- ~ aggregate public.total(integer): alter aggregate: set comment
COMMENT ON AGGREGATE public.total(integer) IS 'old';
