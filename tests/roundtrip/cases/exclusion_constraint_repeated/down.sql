-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.once: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.once;

-- - table public.twice: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.twice;
