-- tables
CREATE TABLE public.docs (
    id integer NOT NULL,
    title text COLLATE pg_catalog."C",
    body text,
    tags text[],
    meta jsonb,
    score real,
    created_at timestamp with time zone,
    CONSTRAINT docs_pkey PRIMARY KEY (id)
);

-- indexes
CREATE INDEX docs_body_idx ON public.docs USING hash (body) WITH (fillfactor='70');
CREATE INDEX docs_created_idx ON public.docs USING btree (created_at DESC NULLS LAST, score NULLS FIRST);
CREATE INDEX docs_lower_title_idx ON public.docs USING btree ((lower(title)) text_pattern_ops);
CREATE INDEX docs_meta_idx ON public.docs USING gin (meta jsonb_path_ops);
CREATE UNIQUE INDEX docs_nnd_idx ON public.docs USING btree (title, body) NULLS NOT DISTINCT;
CREATE INDEX docs_recent_idx ON public.docs USING btree (created_at) INCLUDE (title) WHERE score > 0.5;
CREATE INDEX docs_tags_idx ON public.docs USING gin (tags);
CREATE INDEX docs_title_c_idx ON public.docs USING btree (title COLLATE pg_catalog."POSIX");
CREATE UNIQUE INDEX docs_title_key ON public.docs USING btree (title);
