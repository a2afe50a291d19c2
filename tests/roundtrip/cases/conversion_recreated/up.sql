-- schemac migration: up
-- 2 steps; no hazards

-- - conversion legacy.latin1_to_utf8: drop conversion to create it again
DROP CONVERSION legacy.latin1_to_utf8;

-- + conversion legacy.latin1_to_utf8: create conversion again
CREATE CONVERSION legacy.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION legacy.latin1_to_utf8 IS 'for the old feeds';
