-- schemac migration: up
-- 10 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - view public.post_slugs: drop view to create it again
DROP VIEW public.post_slugs;

-- - index public.posts_title_slug: drop index to create it again [access-exclusive-lock]
DROP INDEX public.posts_title_slug;

-- - table public.posts: drop check constraint posts_slug_check to add it again [access-exclusive-lock]
ALTER TABLE public.posts DROP CONSTRAINT posts_slug_check;

-- ~ table public.posts: drop default while a function it calls changes [access-exclusive-lock]
ALTER TABLE ONLY public.posts ALTER COLUMN slug DROP DEFAULT;

-- - function public.slug(text): drop function to create it again
DROP FUNCTION public.slug(text);

-- + function public.slug(text): create function again
CREATE OR REPLACE FUNCTION public.slug(t text)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN lower(t);

-- ~ table public.posts: set default again [access-exclusive-lock]
ALTER TABLE ONLY public.posts ALTER COLUMN slug SET DEFAULT public.slug('untitled'::text);

-- + table public.posts: add again check constraint posts_slug_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.posts ADD CONSTRAINT posts_slug_check CHECK ((slug = (public.slug(slug))::text));

-- + index public.posts_title_slug: create index again [index-build]
CREATE INDEX posts_title_slug ON public.posts USING btree ((public.slug(title)));

-- + view public.post_slugs: create view again
CREATE VIEW public.post_slugs (id, slug) AS
SELECT posts.id,
    public.slug(posts.title) AS slug
   FROM public.posts;
