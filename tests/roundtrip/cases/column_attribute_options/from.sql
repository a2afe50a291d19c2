CREATE TABLE visits (id bigint, country text, path text);
ALTER TABLE visits ALTER COLUMN country SET (n_distinct = 200);
ALTER TABLE visits ALTER COLUMN path SET (n_distinct = -0.5, n_distinct_inherited = -0.25);
CREATE TABLE events (at date, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
