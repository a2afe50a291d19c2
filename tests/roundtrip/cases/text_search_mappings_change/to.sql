CREATE SCHEMA search;
CREATE TEXT SEARCH CONFIGURATION search.simple_words (PARSER = default);
-- asciiword now stems, word is as before, int goes, email comes
ALTER TEXT SEARCH CONFIGURATION search.simple_words ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION search.simple_words ADD MAPPING FOR word, uint, email WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION search.simple_words IS 'words and numbers';
CREATE TABLE search.docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON search.docs USING gin (to_tsvector('search.simple_words', body));
