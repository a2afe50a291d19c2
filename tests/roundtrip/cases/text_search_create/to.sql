CREATE EXTENSION unaccent;
CREATE TEXT SEARCH DICTIONARY english_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION english_plain (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION english_plain
    ALTER MAPPING FOR asciiword, word WITH unaccent, english_nostop;
ALTER TEXT SEARCH CONFIGURATION english_plain DROP MAPPING FOR email, url;
COMMENT ON TEXT SEARCH CONFIGURATION english_plain IS 'plain English';
COMMENT ON TEXT SEARCH DICTIONARY english_nostop IS 'English stems, stop words kept';
CREATE TABLE docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('english_plain', body));
