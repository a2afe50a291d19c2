-- schemac migration: up
-- 2 steps; hazards: deletes-data

-- - view public.on_m: drop view
DROP VIEW public.on_m;

-- - materialized view public.m: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.m;
