CREATE SCHEMA legacy;
-- a default conversion in a schema, with a comment, and another one on the same function
CREATE DEFAULT CONVERSION legacy.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION legacy.latin1_to_utf8 IS 'for the old feeds';
CREATE CONVERSION "Latin 1" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
