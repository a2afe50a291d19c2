-- schemac migration: down
-- 1 step; no hazards

-- ~ schema inventory: remove comment
COMMENT ON SCHEMA inventory IS NULL;
