-- schemac migration: up
-- 1 step; no hazards

-- ~ extension hstore: alter extension: set comment
COMMENT ON EXTENSION hstore IS 'key/value settings';
