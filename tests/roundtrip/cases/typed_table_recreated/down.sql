-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.events: not of type public.event_row [access-exclusive-lock]
ALTER TABLE public.events NOT OF;
