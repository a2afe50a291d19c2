-- schemac migration: up
-- 1 step; no hazards

-- ~ aggregate public.total(integer): alter aggregate: remove comment
COMMENT ON AGGREGATE public.total(integer) IS NULL;
