CREATE TABLE docs (id integer PRIMARY KEY, body tsvector, title text);
CREATE INDEX docs_body ON docs USING gist (body tsvector_ops (siglen = 64));
