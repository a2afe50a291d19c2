-- schemac migration: up
-- 1 step; hazards: irreversible-down

-- - extension hstore: drop extension [irreversible-down]
DROP EXTENSION hstore;
