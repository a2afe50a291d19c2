-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, irreversible-down

-- - index public.docs_fts: drop index [access-exclusive-lock]
DROP INDEX public.docs_fts;

-- - text search configuration public.english_plain: drop text search configuration
DROP TEXT SEARCH CONFIGURATION public.english_plain;

-- - text search dictionary public.english_nostop: drop text search dictionary
DROP TEXT SEARCH DICTIONARY public.english_nostop;

-- - extension unaccent: drop extension [irreversible-down]
DROP EXTENSION unaccent;
