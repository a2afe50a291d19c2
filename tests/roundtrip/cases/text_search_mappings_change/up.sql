-- schemac migration: up
-- 1 step; no hazards

-- ~ text search configuration search.simple_words: change mappings, change comment
ALTER TEXT SEARCH CONFIGURATION search.simple_words ALTER MAPPING FOR asciiword WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION search.simple_words ADD MAPPING FOR email WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION search.simple_words DROP MAPPING FOR "int";
COMMENT ON TEXT SEARCH CONFIGURATION search.simple_words IS 'words and numbers';
