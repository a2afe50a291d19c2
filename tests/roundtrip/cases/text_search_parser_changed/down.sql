-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, index-build

-- - index public.documents_fts: drop index to create it again [access-exclusive-lock]
DROP INDEX public.documents_fts;

-- - text search configuration public.wordy: drop text search configuration to create it again
DROP TEXT SEARCH CONFIGURATION public.wordy;

-- - text search parser public.words: drop text search parser to create it again
DROP TEXT SEARCH PARSER public.words;

-- + text search parser public.words: create text search parser again
CREATE TEXT SEARCH PARSER public.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
COMMENT ON TEXT SEARCH PARSER public.words IS 'the default parser, by another name';

-- + text search configuration public.wordy: create text search configuration again
CREATE TEXT SEARCH CONFIGURATION public.wordy (PARSER = public.words);
ALTER TEXT SEARCH CONFIGURATION public.wordy ADD MAPPING FOR asciiword, word WITH public.plain_words;

-- + index public.documents_fts: create index again [index-build]
CREATE INDEX documents_fts ON public.documents USING gin ((to_tsvector('public.wordy'::regconfig, body)));
