-- schemac migration: up
-- 1 step; no hazards

-- ~ schema accounting: rename schema "billing" to "accounting"
ALTER SCHEMA billing RENAME TO accounting;
