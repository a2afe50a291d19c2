-- schemac migration: down
-- 1 step; no hazards

-- ~ materialized view public.m: alter materialized view: set options, remove comment
ALTER MATERIALIZED VIEW public.m SET (autovacuum_enabled='false', fillfactor='70');
COMMENT ON MATERIALIZED VIEW public.m IS NULL;
