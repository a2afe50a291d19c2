CREATE TABLE measures (at date NOT NULL, reading text, unit text COMPRESSION lz4) PARTITION BY RANGE (at);
CREATE TABLE measures_2025 PARTITION OF measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measures_old (at date NOT NULL, reading text, unit text);
ALTER TABLE measures ATTACH PARTITION measures_old FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');
-- Recurses to the partitions that exist: measures_2025 and measures_old.
ALTER TABLE measures ALTER COLUMN reading SET STORAGE MAIN, ALTER COLUMN reading SET STATISTICS 300;
-- Created later: copies the parent's storage and compression, not its statistics target.
CREATE TABLE measures_2026 PARTITION OF measures FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- ONLY: the parent alone; a partition created after it copies it.
ALTER TABLE ONLY measures ALTER COLUMN unit SET STORAGE EXTERNAL;
CREATE TABLE measures_2027 PARTITION OF measures FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
ALTER TABLE ONLY measures_old ALTER COLUMN unit SET STATISTICS 50;
