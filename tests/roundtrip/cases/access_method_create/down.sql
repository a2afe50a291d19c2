-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - materialized view public.archive_ids: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.archive_ids;

-- - table public.archive: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.archive;

-- - access method heap2: drop access method
DROP ACCESS METHOD heap2;

-- - table public.zones: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.zones;

-- - operator class public.box_ops using gist2: drop operator class
DROP OPERATOR CLASS public.box_ops USING gist2;

-- - operator family public.box_ops using gist2: drop operator family
DROP OPERATOR FAMILY public.box_ops USING gist2;

-- - access method gist2: drop access method
DROP ACCESS METHOD gist2;
