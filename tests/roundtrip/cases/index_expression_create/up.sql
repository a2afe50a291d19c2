-- schemac migration: up
-- 2 steps; hazards: index-build

-- + index public.articles_lower_slug_idx: create index [index-build]
CREATE UNIQUE INDEX articles_lower_slug_idx ON public.articles USING btree ((lower(slug)));

-- + index public.articles_published_utc_idx: create index [index-build]
CREATE INDEX articles_published_utc_idx ON public.articles USING btree (((published_at AT TIME ZONE 'UTC'::text)), ((author_id % 16)));
