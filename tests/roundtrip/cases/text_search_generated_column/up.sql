-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ text search configuration public.plain: change mappings
ALTER TEXT SEARCH CONFIGURATION public.plain ALTER MAPPING FOR asciiword WITH pg_catalog.english_stem;

-- + table public.docs: add column words tsvector GENERATED ALWAYS AS (to_tsvector('public.plain'::regconfig, COALESCE(body, ''::text))) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.docs ADD COLUMN words tsvector GENERATED ALWAYS AS (to_tsvector('public.plain'::regconfig, COALESCE(body, ''::text))) STORED;
