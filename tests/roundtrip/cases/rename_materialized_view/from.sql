CREATE TABLE t (a integer);
CREATE MATERIALIZED VIEW totals AS SELECT sum(a) AS total FROM t;
CREATE UNIQUE INDEX totals_total ON totals (total);
