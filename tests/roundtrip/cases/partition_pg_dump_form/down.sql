-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events_2024: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2024;

-- - table public.events_other: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_other;

-- - table public.events: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;
