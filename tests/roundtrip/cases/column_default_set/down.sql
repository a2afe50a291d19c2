-- schemac migration: down
-- 2 steps; no hazards

-- ~ table public.tasks: alter column created_at: drop default
ALTER TABLE public.tasks ALTER COLUMN created_at DROP DEFAULT;

-- ~ table public.tasks: alter column priority: drop default
ALTER TABLE public.tasks ALTER COLUMN priority DROP DEFAULT;
