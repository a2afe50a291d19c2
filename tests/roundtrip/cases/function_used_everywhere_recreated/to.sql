CREATE FUNCTION public.slug(t text) RETURNS character varying LANGUAGE sql IMMUTABLE STRICT
    RETURN lower(t);
CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text DEFAULT public.slug('untitled') CHECK (slug = public.slug(slug))
);
CREATE INDEX posts_title_slug ON public.posts (public.slug(title));
CREATE VIEW public.post_slugs AS SELECT id, public.slug(title) AS slug FROM public.posts;
