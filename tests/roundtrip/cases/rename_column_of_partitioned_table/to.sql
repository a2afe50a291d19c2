CREATE TABLE events (
  id bigint NOT NULL,
  at date NOT NULL,
  -- schemac:renamed-from kind
  category text CHECK (category <> ''),
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_category_idx ON events (category);
