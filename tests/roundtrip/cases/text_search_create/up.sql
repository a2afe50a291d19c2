-- schemac migration: up
-- 4 steps; hazards: index-build

-- + extension unaccent: create extension
CREATE EXTENSION unaccent WITH SCHEMA public;

-- + text search dictionary public.english_nostop: create text search dictionary
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = pg_catalog.snowball, language = 'english');
COMMENT ON TEXT SEARCH DICTIONARY public.english_nostop IS 'English stems, stop words kept';

-- + text search configuration public.english_plain: create text search configuration
CREATE TEXT SEARCH CONFIGURATION public.english_plain (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR asciihword, hword, hword_asciipart, hword_part WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR asciiword, word WITH public.unaccent, public.english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url_path, version WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.english_plain IS 'plain English';

-- + index public.docs_fts: create index [index-build]
CREATE INDEX docs_fts ON public.docs USING gin ((to_tsvector('public.english_plain'::regconfig, body)));
