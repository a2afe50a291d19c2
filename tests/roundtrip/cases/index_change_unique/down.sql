-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - index public.articles_slug_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.articles_slug_idx;

-- + index public.articles_slug_idx: create index again [index-build]
CREATE INDEX articles_slug_idx ON public.articles USING btree (slug);
