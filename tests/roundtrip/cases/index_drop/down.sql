-- schemac migration: down
-- 1 step; hazards: index-build

-- + index public.articles_author_id_idx: create index [index-build]
CREATE INDEX articles_author_id_idx ON public.articles USING btree (author_id);
