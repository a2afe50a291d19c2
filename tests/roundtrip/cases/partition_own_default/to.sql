-- A partition gives a column of its parent a default of its own (WITH OPTIONS).
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events (kind WITH OPTIONS DEFAULT 'old')
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
