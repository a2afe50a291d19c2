-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- + table public.p: add column e integer [access-exclusive-lock]
ALTER TABLE public.p ADD COLUMN e integer;
