-- schemac migration: down
-- 1 step; no hazards

-- - schema reporting: drop schema
DROP SCHEMA reporting;
