-- schemac migration: down
-- 1 step; no hazards

-- ~ enum type public.severity: set comment
COMMENT ON TYPE public.severity IS 'How bad it is';
