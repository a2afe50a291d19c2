CREATE TEXT SEARCH DICTIONARY stems (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION english_plain (PARSER = default);
CREATE TEXT SEARCH CONFIGURATION english_plain (COPY = english);
-- a dictionary and a configuration may share a name: two namespaces
CREATE TEXT SEARCH CONFIGURATION stems (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_plan ADD MAPPING FOR asciiword WITH stems;
ALTER TEXT SEARCH DICTIONARY stem (StopWords = english);
COMMENT ON TEXT SEARCH CONFIGURATION missing.english_plain IS 'x';
ALTER TEXT SEARCH DICTIONARY stems OWNER TO nobody_in_particular;
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION no_drops();
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION no_drops();
ALTER EVENT TRIGGER no_drop DISABLE;
COMMENT ON EVENT TRIGGER nodrops IS 'x';
CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = int4);
CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = int, RIGHTARG = integer);
COMMENT ON OPERATOR === (integer, bigint) IS 'x';
