-- ALTER TABLE without ONLY on a parent: SET DEFAULT, DROP DEFAULT, SET STATISTICS and SET
-- STORAGE reach the tables that inherit the column and the partitions that exist then, even one
-- with a default of its own; those created later copy the parent's default (but one that gives
-- its own) and storage; ALTER TABLE ONLY stays on the parent.
CREATE TABLE p (a int, b int, c text DEFAULT 'x');
CREATE TABLE c () INHERITS (p);
CREATE TABLE c2 (a int DEFAULT 1) INHERITS (p);
CREATE TABLE pp (a int, b int) PARTITION BY LIST (a);
CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);
ALTER TABLE p ALTER COLUMN a SET DEFAULT 9;
ALTER TABLE p ALTER COLUMN c DROP DEFAULT;
ALTER TABLE pp ALTER COLUMN b SET DEFAULT 7;
ALTER TABLE p ALTER COLUMN b SET STATISTICS 123;
ALTER TABLE p ALTER COLUMN c SET STORAGE MAIN;
CREATE TABLE c3 () INHERITS (p);
CREATE TABLE c4 (a int DEFAULT 4) INHERITS (p);
CREATE TABLE pp2 PARTITION OF pp FOR VALUES IN (2);
ALTER TABLE ONLY p ALTER COLUMN b SET DEFAULT 5;
