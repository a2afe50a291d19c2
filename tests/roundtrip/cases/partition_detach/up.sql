-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events_2025: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2025;

-- ~ table public.events_2024: detach from public.events [access-exclusive-lock]
ALTER TABLE public.events DETACH PARTITION public.events_2024;
