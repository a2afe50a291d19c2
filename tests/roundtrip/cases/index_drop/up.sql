-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- - index public.articles_author_id_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_author_id_idx;
