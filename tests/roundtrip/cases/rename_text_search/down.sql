-- schemac migration: down
-- 2 steps; no hazards

-- ~ text search configuration public.plain: rename text search configuration "english_plain" to "plain"
ALTER TEXT SEARCH CONFIGURATION public.english_plain RENAME TO plain;

-- ~ text search dictionary public.stems: rename text search dictionary "english_stems" to "stems"
ALTER TEXT SEARCH DICTIONARY public.english_stems RENAME TO stems;
