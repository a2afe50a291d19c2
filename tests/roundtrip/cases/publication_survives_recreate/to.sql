-- The table becomes partitioned, so it is created again: the publication names it again.
CREATE TABLE events (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE other (id integer PRIMARY KEY);
CREATE PUBLICATION events_feed FOR TABLE events, other WITH (publish = 'insert');
