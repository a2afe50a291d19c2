-- schemac migration: up
-- 1 step; no hazards

-- ~ function public.noop(): alter procedure: change comment
COMMENT ON PROCEDURE public.noop() IS 'does nothing at all';
