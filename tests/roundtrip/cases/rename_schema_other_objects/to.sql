-- schemac:renamed-from search
CREATE SCHEMA find;
CREATE TEXT SEARCH DICTIONARY find.stems (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION find.plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION find.plain ADD MAPPING FOR asciiword WITH find.stems;
CREATE FUNCTION find.near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 10;
CREATE OPERATOR find.~~ (FUNCTION = find.near, LEFTARG = integer, RIGHTARG = integer);
CREATE TABLE find.docs (id integer PRIMARY KEY, body text, CHECK (id OPERATOR(find.~~) id));
CREATE INDEX docs_fts ON find.docs USING gin (to_tsvector('find.plain', body));
