-- A parent's column that one child keeps as its own (ALTER TABLE ONLY ... DROP COLUMN keeps its
-- values) and another loses.
CREATE TABLE p (id integer);
CREATE TABLE c (e integer, x integer) INHERITS (p);
CREATE TABLE d () INHERITS (p);
