-- Index methods, keys, ordering, partial and expression indexes.
CREATE TABLE docs (
    id integer PRIMARY KEY,
    title text COLLATE "C",
    body text,
    tags text[],
    meta jsonb,
    score real,
    created_at timestamptz
);
CREATE UNIQUE INDEX docs_title_key ON docs (title);
CREATE INDEX docs_created_idx ON docs (created_at DESC NULLS LAST, score ASC NULLS FIRST);
CREATE INDEX docs_tags_idx ON docs USING gin (tags);
CREATE INDEX docs_meta_idx ON docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_lower_title_idx ON docs (lower(title) text_pattern_ops);
CREATE INDEX docs_title_c_idx ON docs (title COLLATE "POSIX");
CREATE INDEX docs_recent_idx ON docs (created_at) INCLUDE (title) WHERE score > 0.5;
CREATE INDEX CONCURRENTLY IF NOT EXISTS docs_body_idx ON ONLY docs USING hash (body) WITH (fillfactor = 70);
CREATE UNIQUE INDEX docs_nnd_idx ON docs (title, body) NULLS NOT DISTINCT;
