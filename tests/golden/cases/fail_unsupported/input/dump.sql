-- Valid PostgreSQL outside the language, as dumps and hand-written schemas hold it: each is
-- named, never a syntax error. The data rows of a COPY are skipped, not taken for statements.
CREATE TYPE mood AS ENUM ('sad');
ALTER TYPE mood RENAME TO feeling;
CREATE TABLE parent (id integer) PARTITION BY RANGE (id);
CREATE TABLE parent_1 (id integer) TABLESPACE fast;
CREATE TABLE copied AS SELECT 1 AS id;
CREATE SCHEMA sales CREATE TABLE orders (id integer) CREATE TABLE lines AS SELECT 1 AS id;
ALTER TABLE ONLY public.parent DETACH PARTITION public."Parent_2" CONCURRENTLY;
COPY public.parent (id) FROM stdin;
1
2
\.
CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';
;
