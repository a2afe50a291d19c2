-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- + table public.people: add column lower text [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN lower text;
