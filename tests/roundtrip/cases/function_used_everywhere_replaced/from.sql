CREATE FUNCTION public.slug(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    RETURN lower(t);
CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text DEFAULT public.slug('untitled') CHECK (slug = public.slug(slug))
);
CREATE INDEX posts_title_slug ON public.posts (public.slug(title));
