-- schemac migration: down
-- 2 steps; no hazards

-- ~ table public.people: alter column email: drop not null
ALTER TABLE public.people ALTER COLUMN email DROP NOT NULL;

-- ~ table public.people: alter column name: drop not null
ALTER TABLE public.people ALTER COLUMN name DROP NOT NULL;
