-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, index-build

-- - index public.docs_fts: drop index to create it again [access-exclusive-lock]
DROP INDEX public.docs_fts;

-- - text search configuration public.english_plain: drop text search configuration to create it again
DROP TEXT SEARCH CONFIGURATION public.english_plain;

-- - text search dictionary public.english_nostop: drop text search dictionary to create it again
DROP TEXT SEARCH DICTIONARY public.english_nostop;

-- + text search dictionary public.english_nostop: create text search dictionary again
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = pg_catalog.snowball, language = 'english');

-- + text search configuration public.english_plain: create text search configuration again
CREATE TEXT SEARCH CONFIGURATION public.english_plain (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR asciihword, hword, hword_asciipart, hword_part, word WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR asciiword WITH public.english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.english_plain ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;

-- + index public.docs_fts: create index again [index-build]
CREATE INDEX docs_fts ON public.docs USING gin ((to_tsvector('public.english_plain'::regconfig, body)));
