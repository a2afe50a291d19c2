CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    published_at timestamp with time zone,
    deleted_at timestamp with time zone,
    tags text[] NOT NULL DEFAULT '{}'
);

CREATE UNIQUE INDEX articles_lower_slug_idx ON public.articles (lower(slug));
CREATE INDEX articles_published_utc_idx ON public.articles ((published_at AT TIME ZONE 'UTC'), (author_id % 16));
