-- schemac migration: up
-- 1 step; no hazards

-- + schema reporting: create schema
CREATE SCHEMA reporting;
