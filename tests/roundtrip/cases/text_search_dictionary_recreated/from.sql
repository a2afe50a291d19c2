CREATE TEXT SEARCH DICTIONARY english_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION english_plain (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_plain ALTER MAPPING FOR asciiword WITH english_nostop;
CREATE TABLE docs (id int PRIMARY KEY, body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('english_plain', body));
