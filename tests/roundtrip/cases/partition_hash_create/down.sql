-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.sessions_0: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.sessions_0;

-- - table public.sessions_1: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.sessions_1;

-- - table public.sessions_2: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.sessions_2;

-- - table public.sessions: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.sessions;
