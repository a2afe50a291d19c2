-- Changing a column's type resets its storage and compression: the plan sets them again.
CREATE TABLE notes (id integer, body varchar(200) COMPRESSION lz4, score bigint);
ALTER TABLE notes ALTER COLUMN body SET STORAGE MAIN, ALTER COLUMN body SET STATISTICS 400,
  ALTER COLUMN score SET STATISTICS 20;
CREATE TABLE logs (at date NOT NULL, line varchar(500)) PARTITION BY RANGE (at);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY logs_2025 ALTER COLUMN line SET STORAGE EXTERNAL, ALTER COLUMN line SET COMPRESSION lz4;
