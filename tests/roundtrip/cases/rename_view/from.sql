CREATE TABLE t (a integer, b text);
CREATE VIEW recent AS SELECT a, b FROM t WHERE a > 10;
CREATE VIEW on_recent AS SELECT a FROM recent;
