-- A foreign key to a partitioned table, and one from it.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE kinds (name text PRIMARY KEY);
CREATE TABLE replies (id bigint PRIMARY KEY, event_id bigint NOT NULL, event_at date NOT NULL,
  FOREIGN KEY (event_id, event_at) REFERENCES events (id, at) ON DELETE CASCADE);
ALTER TABLE events ADD FOREIGN KEY (kind) REFERENCES kinds (name);
