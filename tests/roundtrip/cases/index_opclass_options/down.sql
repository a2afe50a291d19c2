-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, index-build

-- - index public.docs_body: drop index to create it again [access-exclusive-lock]
DROP INDEX public.docs_body;

-- - index public.docs_title: drop index [access-exclusive-lock]
DROP INDEX public.docs_title;

-- + index public.docs_body: create index again [index-build]
CREATE INDEX docs_body ON public.docs USING gist (body tsvector_ops (siglen='64'));
