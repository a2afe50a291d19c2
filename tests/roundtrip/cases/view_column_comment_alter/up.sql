-- schemac migration: up
-- 1 step; no hazards

-- ~ view public.everyone: alter view: change comments on columns
COMMENT ON COLUMN public.everyone.id IS NULL;
COMMENT ON COLUMN public.everyone.name IS 'as written';
