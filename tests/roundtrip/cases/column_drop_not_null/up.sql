-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.people: alter column phone: drop not null
ALTER TABLE public.people ALTER COLUMN phone DROP NOT NULL;
