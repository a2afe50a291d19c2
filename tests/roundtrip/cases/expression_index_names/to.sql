-- Index and exclusion constraint columns named (unnamed ones) as PostgreSQL names expressions: CASE, a field of a
-- composite, TRIM (btrim), AT TIME ZONE (timezone), COLLATE (what it collates), IS NORMALIZED.
CREATE TYPE pair AS (f1 int, f2 text);
CREATE TABLE named (a int, b int, c text, cc pair, ts timestamptz, arr int[]);
CREATE INDEX ON named ((CASE WHEN a > 0 THEN 1 END));
CREATE INDEX ON named (((cc).f1));
CREATE INDEX ON named ((TRIM(c)));
CREATE INDEX ON named ((TRIM(LEADING 'x' FROM c)));
CREATE INDEX ON named ((ts AT TIME ZONE 'UTC'));
CREATE INDEX ON named ((c COLLATE "C"));
CREATE INDEX ON named ((c::text COLLATE "C"));
CREATE INDEX ON named ((c IS NORMALIZED));
CREATE INDEX ON named ((a IS NULL));
CREATE INDEX ON named (((arr)[1]));
CREATE TABLE named_too (c text);
CREATE INDEX ON named_too ((c || 'x' COLLATE "C"));
ALTER TABLE named ADD EXCLUDE ((CASE WHEN a > 0 THEN 1 END) WITH =);
ALTER TABLE named ADD EXCLUDE ((b::text COLLATE "C") WITH =);
