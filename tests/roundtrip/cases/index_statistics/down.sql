-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data

-- - materialized view public.names: drop materialized view [deletes-data]
DROP MATERIALIZED VIEW public.names;

-- - index public.people_upper_name: drop index [access-exclusive-lock]
DROP INDEX public.people_upper_name;

-- ~ index public.people_age: alter index: change statistics targets
ALTER INDEX public.people_age ALTER COLUMN 1 SET STATISTICS -1;

-- ~ index public.people_lower_name: alter index: change statistics targets
ALTER INDEX public.people_lower_name ALTER COLUMN 1 SET STATISTICS 500;
