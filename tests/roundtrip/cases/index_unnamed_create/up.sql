-- schemac migration: up
-- 2 steps; hazards: index-build

-- + index public.articles_author_id_published_at_idx: create index [index-build]
CREATE INDEX articles_author_id_published_at_idx ON public.articles USING btree (author_id, published_at);

-- + index public.articles_lower_idx: create index [index-build]
CREATE INDEX articles_lower_idx ON public.articles USING btree ((lower(title)));
