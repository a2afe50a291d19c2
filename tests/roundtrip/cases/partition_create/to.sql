-- A range-partitioned table with a key, a check, a foreign key and an index, its partitions
-- (a default one, one partitioned again by hash) and a comment on a partition.
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE events (
  id bigserial,
  account integer NOT NULL REFERENCES accounts (id),
  at date NOT NULL,
  kind text NOT NULL DEFAULT 'note' CHECK (kind <> ''),
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX events_account_idx ON events (account);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events (CONSTRAINT no_test CHECK (kind <> 'test'))
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);
CREATE TABLE events_2025_a PARTITION OF events_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE events_2025_b PARTITION OF events_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE events_old PARTITION OF events DEFAULT;
COMMENT ON TABLE events_old IS 'whatever is not in a year of its own';
