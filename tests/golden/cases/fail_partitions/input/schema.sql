CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE plain (id bigint NOT NULL, at date NOT NULL);
CREATE TABLE loose (id bigint NOT NULL, at date NOT NULL);
-- A strategy PostgreSQL does not have.
CREATE TABLE odd (id integer) PARTITION BY RANK (id);
-- A partition of a table that is not partitioned.
CREATE TABLE plain_1 PARTITION OF plain DEFAULT;
-- A partition of a table that does not exist.
CREATE TABLE evnts_1 PARTITION OF evnts DEFAULT;
-- A bound that is not one.
CREATE TABLE events_1 PARTITION OF events FOR VALUE IN (1);
-- Options of a column the parent does not have.
CREATE TABLE events_2 PARTITION OF events (kind WITH OPTIONS DEFAULT 'x') DEFAULT;
-- Attached twice, and attached to a table that is not partitioned.
ALTER TABLE events ATTACH PARTITION loose FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE events ATTACH PARTITION loose FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE plain ATTACH PARTITION loose DEFAULT;
-- An index that does not exist.
ALTER INDEX events_at_idx ATTACH PARTITION loose_at_idx;
-- Detaching is history, not state.
ALTER TABLE events DETACH PARTITION loose;
-- A rule on a table that does not exist, and one that is not declared.
CREATE RULE r AS ON INSERT TO evnts DO INSTEAD NOTHING;
COMMENT ON RULE nope ON events IS 'no such rule';
ALTER TABLE events DISABLE RULE nope;
-- Statistics on a table that does not exist, declared twice, and a comment on one that is not.
CREATE STATISTICS evnts_stats ON id, at FROM evnts;
CREATE STATISTICS events_stats ON id, at FROM events;
CREATE STATISTICS events_stats (mcv) ON id, at FROM events;
COMMENT ON STATISTICS events_stat IS 'no such statistics object';
-- A collation declared twice, a comment on one that is not declared, a misspelt FROM.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION ci FROM "C";
COMMENT ON COLLATION cj IS 'no such collation';
CREATE COLLATION cx FORM "C";
