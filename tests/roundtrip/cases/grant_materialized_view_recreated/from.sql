CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
GRANT SELECT ON totals TO auditor;
GRANT SELECT (region) ON totals TO app_user;
