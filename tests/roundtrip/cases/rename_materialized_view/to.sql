CREATE TABLE t (a integer);
-- schemac:renamed-from totals
CREATE MATERIALIZED VIEW sums AS SELECT sum(a) AS total FROM t;
CREATE UNIQUE INDEX totals_total ON sums (total);
