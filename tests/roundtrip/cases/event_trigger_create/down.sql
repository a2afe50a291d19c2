-- schemac migration: down
-- 3 steps; no hazards

-- - event trigger record_ddl: drop event trigger
DROP EVENT TRIGGER record_ddl;

-- - event trigger record_drops: drop event trigger
DROP EVENT TRIGGER record_drops;

-- - function audit.record(): drop function
DROP FUNCTION audit.record();
