-- schemac migration: up
-- 1 step; no hazards

-- ~ materialized view public.m: alter materialized view: set options, set comment
ALTER MATERIALIZED VIEW public.m RESET (autovacuum_enabled);
ALTER MATERIALIZED VIEW public.m SET (fillfactor='80');
COMMENT ON MATERIALIZED VIEW public.m IS 'options changed';
