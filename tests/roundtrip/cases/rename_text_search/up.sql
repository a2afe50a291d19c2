-- schemac migration: up
-- 2 steps; no hazards

-- ~ text search dictionary public.english_stems: rename text search dictionary "stems" to "english_stems"
ALTER TEXT SEARCH DICTIONARY public.stems RENAME TO english_stems;

-- ~ text search configuration public.english_plain: rename text search configuration "plain" to "english_plain"
ALTER TEXT SEARCH CONFIGURATION public.plain RENAME TO english_plain;
