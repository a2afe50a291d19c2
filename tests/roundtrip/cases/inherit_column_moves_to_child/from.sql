CREATE TABLE p (id integer, e integer);
CREATE TABLE c (x integer) INHERITS (p);
CREATE TABLE d () INHERITS (p);
