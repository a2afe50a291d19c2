-- schemac migration: up
-- 1 step; no hazards

-- - aggregate public.total(integer): drop aggregate
DROP AGGREGATE public.total(integer);
