-- The parents' defaults change or go; the child's and the partition's own stay as they are.
CREATE TABLE events (id integer, at timestamptz DEFAULT statement_timestamp(), source text);
CREATE TABLE logins (user_name text) INHERITS (events);
ALTER TABLE ONLY logins ALTER COLUMN at SET DEFAULT clock_timestamp();
ALTER TABLE ONLY logins ALTER COLUMN source SET DEFAULT 'web';

CREATE TABLE readings (id integer, at date NOT NULL, level integer DEFAULT 5) PARTITION BY RANGE (at);
CREATE TABLE readings_2024 PARTITION OF readings (level DEFAULT 1)
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
