-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.events_2024: detach from public.events [access-exclusive-lock]
ALTER TABLE public.events DETACH PARTITION public.events_2024;
