-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.people: alter column phone: drop not null [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN phone DROP NOT NULL;
