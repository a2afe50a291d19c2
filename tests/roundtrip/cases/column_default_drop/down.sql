-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.tasks: alter column created_at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN created_at SET DEFAULT now();

-- ~ table public.tasks: alter column priority: set default 3 [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN priority SET DEFAULT 3;
