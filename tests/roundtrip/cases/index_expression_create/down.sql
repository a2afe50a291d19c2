-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- - index public.articles_lower_slug_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_lower_slug_idx;

-- - index public.articles_published_utc_idx: drop index [access-exclusive-lock]
DROP INDEX public.articles_published_utc_idx;
