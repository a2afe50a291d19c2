-- one changed, one reset of one of its two, one set on a column that had none
CREATE TABLE visits (id bigint, country text, path text);
ALTER TABLE visits ALTER COLUMN country SET (n_distinct = 250);
ALTER TABLE visits ALTER COLUMN path SET (n_distinct = -0.5, n_distinct_inherited = -0.25);
ALTER TABLE visits ALTER COLUMN path RESET (n_distinct_inherited);
ALTER TABLE visits ALTER COLUMN id SET (n_distinct = -1);
-- a partitioned table's and a partition's own (PostgreSQL neither recurses nor copies them), and
-- a new table's
CREATE TABLE events (at date, kind text) PARTITION BY RANGE (at);
ALTER TABLE events ALTER COLUMN kind SET (n_distinct_inherited = 12);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE events_2024 ALTER COLUMN kind SET (n_distinct = 10);
CREATE TABLE logins (who text);
ALTER TABLE logins ALTER COLUMN who SET (n_distinct = 1e3);
