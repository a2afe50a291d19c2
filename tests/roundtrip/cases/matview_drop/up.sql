-- schemac migration: up
-- 1 step; hazards: deletes-data

-- - materialized view public.event_counts: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.event_counts;
