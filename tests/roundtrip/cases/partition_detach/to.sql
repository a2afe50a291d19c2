-- A partition becomes a table of its own (its rows stay), another one is dropped.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'note', PRIMARY KEY (id, at));
