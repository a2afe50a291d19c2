-- schemac migration: down
-- 1 step; no hazards

-- + schema archive: create schema
CREATE SCHEMA archive;
