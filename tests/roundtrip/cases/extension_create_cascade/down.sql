-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.places: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.places;

-- - extension earthdistance: drop extension [irreversible-down]
DROP EXTENSION earthdistance;

-- - extension cube: drop extension [irreversible-down]
DROP EXTENSION cube;
