-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, validates-constraint

-- ~ table public.people: alter column phone: set not null [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ALTER COLUMN phone SET NOT NULL;
