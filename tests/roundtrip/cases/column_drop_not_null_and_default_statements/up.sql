-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.tasks: alter column title: drop not null, drop default [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN title DROP DEFAULT;
ALTER TABLE public.tasks ALTER COLUMN title DROP NOT NULL;

-- ~ view public.open_tasks: alter view: change column defaults
ALTER VIEW public.open_tasks ALTER COLUMN title DROP DEFAULT;
