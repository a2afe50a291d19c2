-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.people: alter column email: drop not null [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN email DROP NOT NULL;

-- ~ table public.people: alter column name: drop not null [access-exclusive-lock]
ALTER TABLE public.people ALTER COLUMN name DROP NOT NULL;
