-- The parents' columns change type and default; the child's and the partition's own defaults
-- stay as they are (a type change reaches them, and so does the default dropped for it).
CREATE TABLE events (id integer, weight bigint DEFAULT 2);
CREATE TABLE logins (user_name text) INHERITS (events);
ALTER TABLE ONLY logins ALTER COLUMN weight SET DEFAULT 7;

CREATE TABLE readings (id integer, at date NOT NULL, level bigint DEFAULT 5) PARTITION BY RANGE (at);
CREATE TABLE readings_2024 PARTITION OF readings (level DEFAULT 1)
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
