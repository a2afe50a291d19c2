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
-- INHERITS: parents must exist and be neither partitioned nor partitions; columns must agree.
CREATE TABLE parted (at date) PARTITION BY RANGE (at);
CREATE TABLE parted_child () INHERITS (parted);
CREATE TABLE ints (v integer);
CREATE TABLE texts (v text);
CREATE TABLE both_parents () INHERITS (ints, texts);
CREATE TABLE retyped (v bigint) INHERITS (ints);
CREATE TABLE orphan () INHERITS (missing);
CREATE TABLE merged (v integer NOT NULL, w int) INHERITS (ints);
CREATE INDEX ON merged (v, w);
