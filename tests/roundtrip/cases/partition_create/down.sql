-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events_2024: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2024;

-- - table public.events_2025_a: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2025_a;

-- - table public.events_2025_b: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2025_b;

-- - table public.events_2025: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2025;

-- - table public.events_old: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_old;

-- - table public.events: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;
