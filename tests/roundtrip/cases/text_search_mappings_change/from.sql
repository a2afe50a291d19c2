CREATE SCHEMA search;
CREATE TEXT SEARCH CONFIGURATION search.simple_words (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.simple_words ADD MAPPING FOR asciiword, word WITH simple;
ALTER TEXT SEARCH CONFIGURATION search.simple_words ADD MAPPING FOR int, uint WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION search.simple_words IS 'words';
CREATE TABLE search.docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON search.docs USING gin (to_tsvector('search.simple_words', body));
