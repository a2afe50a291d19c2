-- schemac migration: up
-- 2 steps; hazards: index-build

-- + index public.articles_author_id_idx: create index [index-build]
CREATE INDEX articles_author_id_idx ON public.articles USING btree (author_id);

-- + index public.articles_slug_key: create index [index-build]
CREATE UNIQUE INDEX articles_slug_key ON public.articles USING btree (slug);
