-- schemac migration: down
-- 3 steps; no hazards

-- - view reports.oldest: drop view
DROP VIEW reports.oldest;

-- - view reports.by_age: drop view
DROP VIEW reports.by_age;

-- - schema reports: drop schema
DROP SCHEMA reports;
