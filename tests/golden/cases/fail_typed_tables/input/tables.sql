-- Typed tables: what their type and its attributes must be, and what they cannot have.
CREATE TYPE point2 AS (x integer, y integer);
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE plain (x integer, z integer);
CREATE TABLE unknown_column OF point2 (z WITH OPTIONS NOT NULL);
CREATE TABLE options_twice OF point2 (x WITH OPTIONS DEFAULT 1, x WITH OPTIONS NOT NULL);
CREATE TABLE of_nothing OF nothing;
CREATE TABLE of_enum OF mood;
CREATE TABLE of_table OF plain;
CREATE TABLE with_identity OF point2 (x WITH OPTIONS GENERATED ALWAYS AS IDENTITY);
CREATE TABLE with_collation OF point2 (y WITH OPTIONS COLLATE "C");
CREATE TABLE bounded OF point2 FOR VALUES IN (1);
CREATE FOREIGN TABLE remote OF point2;
CREATE TABLE inheriting OF point2 INHERITS (plain);
CREATE TABLE misspelled OFF point2;
ALTER TABLE plain OF point2;
