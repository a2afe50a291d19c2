-- schemac migration: down
-- 1 step; no hazards

-- ~ view public.everyone: alter view: change comments on columns
COMMENT ON COLUMN public.everyone.id IS 'the person';
COMMENT ON COLUMN public.everyone.name IS NULL;
