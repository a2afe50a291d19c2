-- The parent's columns change; its partitions change with it, without steps of their own.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind varchar(20) NOT NULL DEFAULT 'event', payload jsonb, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMENT ON COLUMN events_2025.payload IS 'filled from 2025 on';
