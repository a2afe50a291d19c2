-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - index public.articles_author_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.articles_author_idx;

-- + index public.articles_author_idx: create index again [index-build]
CREATE INDEX articles_author_idx ON public.articles USING btree (author_id);
