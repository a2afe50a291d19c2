-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + table public.people: add column birth_date date [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN birth_date date;

-- + table public.people: add column nickname text [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN nickname text;
