-- schemac migration: down
-- 1 step; no hazards

-- ~ schema billing: rename schema "accounting" to "billing"
ALTER SCHEMA accounting RENAME TO billing;
