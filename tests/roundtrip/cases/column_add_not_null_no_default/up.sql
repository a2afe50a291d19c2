-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- + table public.people: add column country_code character(2) NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN country_code character(2) NOT NULL;
