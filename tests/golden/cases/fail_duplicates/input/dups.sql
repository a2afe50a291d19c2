-- Objects declared twice, and names that clash in a schema's relation namespace.
CREATE TABLE t (id integer, id text, name text);
CREATE TABLE t (x integer);
CREATE SEQUENCE t;
CREATE TABLE u (id integer CONSTRAINT u_c CHECK (id > 0), CONSTRAINT u_c CHECK (id < 10));
CREATE INDEX u ON u (id);
CREATE TABLE v (a integer PRIMARY KEY, b integer, PRIMARY KEY (b));
CREATE TYPE e AS ENUM ('a', 'b', 'a');
CREATE TYPE e AS ENUM ('x');
CREATE TABLE e (id integer);
CREATE SCHEMA s;
CREATE SCHEMA s;
CREATE TABLE w (a integer NOT NULL NULL, b integer DEFAULT 1 DEFAULT 2, c serial DEFAULT 3);
