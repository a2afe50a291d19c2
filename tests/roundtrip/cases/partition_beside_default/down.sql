-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events_2025: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2025;
