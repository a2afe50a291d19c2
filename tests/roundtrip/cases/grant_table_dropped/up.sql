-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.old_log: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.old_log;
