-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.events: alter column at: set default now() [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.events ALTER COLUMN at SET DEFAULT now();

-- ~ table public.events: alter column source: set default 'web'::text [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN source SET DEFAULT 'web'::text;

-- ~ table public.readings: alter column level: set default 0 [access-exclusive-lock]
ALTER TABLE ONLY public.readings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE ONLY public.readings ALTER COLUMN level SET DEFAULT 0;
