-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - table public.docs: drop column words [access-exclusive-lock]
ALTER TABLE public.docs DROP COLUMN words;

-- ~ text search configuration public.plain: change mappings
ALTER TEXT SEARCH CONFIGURATION public.plain ALTER MAPPING FOR asciiword WITH pg_catalog.simple;
