CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.stems (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION search.plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.plain ADD MAPPING FOR asciiword WITH search.stems;
CREATE FUNCTION search.near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 10;
CREATE OPERATOR search.~~ (FUNCTION = search.near, LEFTARG = integer, RIGHTARG = integer);
CREATE TABLE search.docs (id integer PRIMARY KEY, body text, CHECK (id OPERATOR(search.~~) id));
CREATE INDEX docs_fts ON search.docs USING gin (to_tsvector('search.plain', body));
