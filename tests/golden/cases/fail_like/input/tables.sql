-- LIKE: what it copies must exist, be a table or composite type, and add no column twice.
CREATE TABLE base (a int, b text);
CREATE VIEW v AS SELECT 1 AS x;
CREATE TABLE t1 (LIKE base INCLUDING FOO);
CREATE TABLE t2 (LIKE nowhere);
CREATE TABLE t3 (LIKE v);
CREATE TABLE t4 (a int, LIKE base);
CREATE TABLE t5 (LIKE base INCLUDING);
CREATE TABLE t6 (LIKE base EXCLUDING, c int);
CREATE TABLE t7 (LIKE t8);
CREATE TABLE t8 (LIKE t7);
-- A table copied before its source is declared, and a column of the copy named after.
CREATE TABLE copy (LIKE later INCLUDING DEFAULTS);
CREATE TABLE later (x int DEFAULT 1);
CREATE INDEX ON copy (x);
CREATE INDEX ON copy (y);
