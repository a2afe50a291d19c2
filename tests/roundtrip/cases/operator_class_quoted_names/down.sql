-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock

-- - operator class "Ops".plain using hash: drop operator class
DROP OPERATOR CLASS "Ops".plain USING hash;

-- - operator family "Ops".plain using hash: drop operator family
DROP OPERATOR FAMILY "Ops".plain USING hash;

-- - index "Ops".t_a_idx: drop index [access-exclusive-lock]
DROP INDEX "Ops".t_a_idx;

-- - operator class "Ops"."Rev Ops" using btree: drop operator class
DROP OPERATOR CLASS "Ops"."Rev Ops" USING btree;

-- - operator family other."Mixed Fam" using btree: drop operator family
DROP OPERATOR FAMILY other."Mixed Fam" USING btree;

-- - schema other: drop schema
DROP SCHEMA other;
