CREATE TABLE measures (at date NOT NULL, reading text, unit text) PARTITION BY RANGE (at);
CREATE TABLE measures_2025 PARTITION OF measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measures_old (at date NOT NULL, reading text, unit text);
ALTER TABLE measures ATTACH PARTITION measures_old FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');
