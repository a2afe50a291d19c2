-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.copy: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.copy;
