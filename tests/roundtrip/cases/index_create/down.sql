-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - index public.articles_author_id_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_author_id_idx;

-- - index public.articles_slug_key: drop index [access-exclusive-lock]
DROP INDEX public.articles_slug_key;
