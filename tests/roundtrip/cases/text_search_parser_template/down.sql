-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock

-- - index public.documents_fts: drop index [access-exclusive-lock]
DROP INDEX public.documents_fts;

-- - text search configuration public.wordy: drop text search configuration
DROP TEXT SEARCH CONFIGURATION public.wordy;

-- - text search parser public.words: drop text search parser
DROP TEXT SEARCH PARSER public.words;

-- - text search dictionary public.plain_words: drop text search dictionary
DROP TEXT SEARCH DICTIONARY public.plain_words;

-- - text search template public.plain: drop text search template
DROP TEXT SEARCH TEMPLATE public.plain;
