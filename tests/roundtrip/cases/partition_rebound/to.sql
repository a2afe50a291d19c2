-- A partition's bound changes: detached and attached again.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
