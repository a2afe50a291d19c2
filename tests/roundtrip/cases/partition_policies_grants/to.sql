-- Row-level security, a policy and grants on a partitioned table and on a partition.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_kind ON events TO app_user USING (kind = current_user);
GRANT SELECT, INSERT ON events TO app_user;
GRANT SELECT (id, at) ON events_2024 TO auditor;
