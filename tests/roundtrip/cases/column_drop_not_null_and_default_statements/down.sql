-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- ~ table public.tasks: alter column title: set not null, set default 'untitled'::text [access-exclusive-lock, validates-constraint]
ALTER TABLE public.tasks ALTER COLUMN title SET NOT NULL;
ALTER TABLE ONLY public.tasks ALTER COLUMN title SET DEFAULT 'untitled'::text;

-- ~ view public.open_tasks: alter view: change column defaults
ALTER VIEW public.open_tasks ALTER COLUMN title SET DEFAULT 'new'::text;
