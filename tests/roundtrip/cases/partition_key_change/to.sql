-- A new partition key: the table, its partitions and the view on it are created again.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at, kind)) PARTITION BY LIST (kind);
CREATE TABLE events_notes PARTITION OF events FOR VALUES IN ('note');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES IN ('other', 'misc');
CREATE VIEW recent AS SELECT id, at FROM events;
