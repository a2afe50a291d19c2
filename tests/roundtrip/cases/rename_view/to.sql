CREATE TABLE t (a integer, b text);
-- schemac:renamed-from recent
CREATE VIEW latest AS SELECT a, b FROM t WHERE a > 10;
CREATE VIEW on_recent AS SELECT a FROM latest;
