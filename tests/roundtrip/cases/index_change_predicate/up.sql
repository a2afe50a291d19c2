-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - index public.articles_published_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.articles_published_idx;

-- + index public.articles_published_idx: create index again [index-build]
CREATE INDEX articles_published_idx ON public.articles USING btree (published_at) WHERE ((published_at IS NOT NULL) AND (deleted_at IS NULL));
