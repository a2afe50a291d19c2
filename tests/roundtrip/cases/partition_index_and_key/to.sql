-- An index and a unique key on the partitioned table, made on every partition by the server.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON events (kind);
ALTER TABLE events ADD CONSTRAINT events_kind_at_key UNIQUE (kind, at);
CREATE INDEX events_2024_id_idx ON events_2024 (id);
