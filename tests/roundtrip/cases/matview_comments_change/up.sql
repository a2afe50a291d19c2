-- schemac migration: up
-- 1 step; no hazards

-- ~ materialized view public.m: alter materialized view: set comment, change comments on columns
COMMENT ON MATERIALIZED VIEW public.m IS 'new';
COMMENT ON COLUMN public.m.id IS 'key';
COMMENT ON COLUMN public.m.v IS NULL;
