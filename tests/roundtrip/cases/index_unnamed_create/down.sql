-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - index public.articles_author_id_published_at_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_author_id_published_at_idx;

-- - index public.articles_lower_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_lower_idx;
