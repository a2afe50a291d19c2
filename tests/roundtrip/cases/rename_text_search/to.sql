-- schemac:renamed-from stems
CREATE TEXT SEARCH DICTIONARY english_stems (TEMPLATE = snowball, Language = english);
-- schemac:renamed-from plain
CREATE TEXT SEARCH CONFIGURATION english_plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION english_plain ADD MAPPING FOR asciiword WITH english_stems;
CREATE TABLE docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('english_plain', body));
