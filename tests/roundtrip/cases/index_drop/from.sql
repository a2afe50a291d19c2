CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    published_at timestamp with time zone,
    deleted_at timestamp with time zone,
    tags text[] NOT NULL DEFAULT '{}'
);

CREATE INDEX articles_author_id_idx ON public.articles (author_id);
CREATE INDEX articles_published_at_idx ON public.articles (published_at DESC);
