-- A materialized view clustered on its index, as pg_dump writes it (ALTER TABLE); a second one,
-- new, clustered on its new index.
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE MATERIALIZED VIEW kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE INDEX kinds_kind ON kinds (kind);
ALTER TABLE ONLY public.kinds CLUSTER ON kinds_kind;
CREATE MATERIALIZED VIEW ids AS SELECT id FROM events;
CREATE UNIQUE INDEX ids_id ON ids (id);
ALTER TABLE ids CLUSTER ON ids_id;
