CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE MATERIALIZED VIEW kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE INDEX kinds_kind ON kinds (kind);
