CREATE TEXT SEARCH DICTIONARY stems (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR asciiword WITH stems;
CREATE TABLE docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('plain', body));
