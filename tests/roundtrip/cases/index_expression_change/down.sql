-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - index public.articles_title_search_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX public.articles_title_search_idx;

-- + index public.articles_title_search_idx: create index again [index-build]
CREATE INDEX articles_title_search_idx ON public.articles USING btree ((lower(title)));
