CREATE TABLE docs (id integer PRIMARY KEY, body tsvector, title text);
-- The operator class's options are the index's: a new signature length builds it again.
CREATE INDEX docs_body ON docs USING gist (body tsvector_ops (siglen = 128));
-- Options of the default operator class, which is then written.
CREATE INDEX docs_title ON docs USING gist (to_tsvector('simple', title) tsvector_ops (siglen = 32));
