-- A case-insensitive collation of the schema's own, used by a column and an index, and a libc one
-- with a comment.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION plain FROM "C";
COMMENT ON COLLATION plain IS 'byte order';
CREATE TABLE users (id integer PRIMARY KEY, email text COLLATE case_insensitive NOT NULL);
CREATE INDEX users_email_plain ON users (email COLLATE plain);
