-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.totals: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.totals;

-- - operator public.!-(NONE, bigint): drop operator
DROP OPERATOR public.!- (NONE, bigint);
