-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.tasks: alter column due_in: set default '7 days'::interval [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN due_in DROP DEFAULT;
ALTER TABLE ONLY public.tasks ALTER COLUMN due_in SET DEFAULT '7 days'::interval;

-- ~ table public.tasks: alter column priority: set default 3 [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN priority DROP DEFAULT;
ALTER TABLE ONLY public.tasks ALTER COLUMN priority SET DEFAULT 3;

-- ~ table public.tasks: alter column title: set default 'untitled'::text [access-exclusive-lock]
ALTER TABLE ONLY public.tasks ALTER COLUMN title DROP DEFAULT;
ALTER TABLE ONLY public.tasks ALTER COLUMN title SET DEFAULT 'untitled'::text;
