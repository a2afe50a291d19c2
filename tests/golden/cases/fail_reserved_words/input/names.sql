-- Reserved key words, and key words only functions and types may take, are refused as unquoted
-- names where PostgreSQL refuses them; so is a zero-length quoted name.
CREATE TABLE user (id integer);
CREATE TABLE order (id integer);
CREATE TABLE t (
    left integer,
    all integer,
    offset integer,
    natural integer,
    verbose integer,
    analyse integer
);
CREATE INDEX i ON t (offset);
CREATE TABLE "" (id integer);
CREATE TABLE u (id integer CHECK ("" > 0));
