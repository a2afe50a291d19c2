-- schemac migration: up
-- 1 step; no hazards

-- - schema archive: drop schema
DROP SCHEMA archive;
