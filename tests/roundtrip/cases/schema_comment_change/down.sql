-- schemac migration: down
-- 1 step; no hazards

-- ~ schema inventory: set comment
COMMENT ON SCHEMA inventory IS 'Stock keeping';
