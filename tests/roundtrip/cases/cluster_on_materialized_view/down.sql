-- schemac migration: down
-- 2 steps; hazards: deletes-data

-- - materialized view public.ids: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.ids;

-- ~ materialized view public.kinds: no clustering index
ALTER TABLE public.kinds SET WITHOUT CLUSTER;
