-- schemac migration: down
-- 2 steps; no hazards

-- - conversion legacy.latin1_to_utf8: drop conversion
DROP CONVERSION legacy.latin1_to_utf8;

-- - conversion public."Latin 1": drop conversion
DROP CONVERSION public."Latin 1";
