-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.tasks: alter column created_at: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN created_at DROP DEFAULT;

-- ~ table public.tasks: alter column priority: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN priority DROP DEFAULT;
