-- A table that becomes a view, and one that becomes a materialized view, of the same name: the
-- views that read them are created again around them (and the other way round in down).
CREATE VIEW d AS SELECT 1 AS id;
CREATE VIEW q AS SELECT id FROM d;
CREATE MATERIALIZED VIEW m AS SELECT 2 AS id;
CREATE VIEW on_m AS SELECT id FROM m;
