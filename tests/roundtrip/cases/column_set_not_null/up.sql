-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- ~ table public.people: alter column email: set not null [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ALTER COLUMN email SET NOT NULL;

-- ~ table public.people: alter column name: set not null [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ALTER COLUMN name SET NOT NULL;
