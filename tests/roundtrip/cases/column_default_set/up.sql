-- schemac migration: up
-- 2 steps; no hazards

-- ~ table public.tasks: alter column created_at: set default now()
ALTER TABLE public.tasks ALTER COLUMN created_at SET DEFAULT now();

-- ~ table public.tasks: alter column priority: set default 3
ALTER TABLE public.tasks ALTER COLUMN priority SET DEFAULT 3;
