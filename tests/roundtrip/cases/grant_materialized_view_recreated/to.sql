-- A materialized view whose query changes is created again: its privileges, and those on its
-- columns, are granted again, the new ones as the files now say.
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW totals AS
  SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
GRANT SELECT ON totals TO auditor, app_user;
GRANT SELECT (region, n) ON totals TO app_user;
