CREATE TABLE events (id integer, weight integer DEFAULT 1);
CREATE TABLE logins (user_name text) INHERITS (events);
ALTER TABLE ONLY logins ALTER COLUMN weight SET DEFAULT 7;

CREATE TABLE readings (id integer, at date NOT NULL, level integer DEFAULT 0) PARTITION BY RANGE (at);
CREATE TABLE readings_2024 PARTITION OF readings (level DEFAULT 1)
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
