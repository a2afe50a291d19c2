-- Syntax errors are reported for every statement that has one; the others still compile.
CREATE TABLE ok (id integer PRIMARY KEY);
CREATE TABLE broken (id integer PRIMARY KEY,);
CREATE TABLE missing_paren (id integer;
CREATE INDEX ON ok;
CREATE TABLE also_ok (id integer REFERENCES ok);
CREATE TABLE bad_default (n integer DEFAULT);
