-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + table public.people: add column active boolean DEFAULT true NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN active boolean DEFAULT true NOT NULL;

-- + table public.people: add column score integer DEFAULT 0 NOT NULL [access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN score integer DEFAULT 0 NOT NULL;
