-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.severity: remove comment
COMMENT ON TYPE public.severity IS NULL;
