-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - index public.articles_slug_key: drop index to create it again [access-exclusive-lock]
DROP INDEX public.articles_slug_key;

-- + index public.articles_slug_key: create index again [index-build]
CREATE UNIQUE INDEX articles_slug_key ON public.articles USING btree (slug);
