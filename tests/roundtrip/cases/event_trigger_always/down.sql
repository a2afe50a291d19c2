-- schemac migration: down
-- 1 step; no hazards

-- ~ event trigger note: enable, remove comment
ALTER EVENT TRIGGER note ENABLE;
COMMENT ON EVENT TRIGGER note IS NULL;
