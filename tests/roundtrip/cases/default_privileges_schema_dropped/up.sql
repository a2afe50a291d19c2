-- schemac migration: up
-- 1 step; no hazards

-- - schema app: drop schema
DROP SCHEMA app;
