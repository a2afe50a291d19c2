-- schemac migration: down
-- 1 step; no hazards

-- ~ materialized view public.m: alter materialized view: set comment, change comments on columns
COMMENT ON MATERIALIZED VIEW public.m IS 'old';
COMMENT ON COLUMN public.m.id IS NULL;
COMMENT ON COLUMN public.m.v IS 'value';
