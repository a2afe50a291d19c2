CREATE TABLE documents (body text NOT NULL);
-- the parser loses its headline function: created again, with the configuration on it and
-- the index that names the configuration
CREATE TEXT SEARCH PARSER words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
                                 LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH PARSER words IS 'the default parser, by another name';
COMMENT ON TEXT SEARCH TEMPLATE plain IS 'the simple template, by another name';
CREATE TEXT SEARCH DICTIONARY plain_words (TEMPLATE = plain, StopWords = english);
CREATE TEXT SEARCH CONFIGURATION wordy (PARSER = words);
ALTER TEXT SEARCH CONFIGURATION wordy ADD MAPPING FOR asciiword, word WITH plain_words;
CREATE INDEX documents_fts ON documents USING gin (to_tsvector('public.wordy', body));
