-- schemac migration: up
-- 5 steps; hazards: index-build

-- + text search parser public.words: create text search parser
CREATE TEXT SEARCH PARSER public.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
COMMENT ON TEXT SEARCH PARSER public.words IS 'the default parser, by another name';

-- + text search template public.plain: create text search template
CREATE TEXT SEARCH TEMPLATE public.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE public.plain IS 'the simple template, by another name';

-- + text search dictionary public.plain_words: create text search dictionary
CREATE TEXT SEARCH DICTIONARY public.plain_words (TEMPLATE = public.plain, stopwords = 'english');

-- + text search configuration public.wordy: create text search configuration
CREATE TEXT SEARCH CONFIGURATION public.wordy (PARSER = public.words);
ALTER TEXT SEARCH CONFIGURATION public.wordy ADD MAPPING FOR asciiword, word WITH public.plain_words;

-- + index public.documents_fts: create index [index-build]
CREATE INDEX documents_fts ON public.documents USING gin ((to_tsvector('public.wordy'::regconfig, body)));
