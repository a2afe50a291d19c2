-- schemac migration: up
-- 2 steps; no hazards

-- + conversion legacy.latin1_to_utf8: create conversion
CREATE DEFAULT CONVERSION legacy.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION legacy.latin1_to_utf8 IS 'for the old feeds';

-- + conversion public."Latin 1": create conversion
CREATE CONVERSION public."Latin 1" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
