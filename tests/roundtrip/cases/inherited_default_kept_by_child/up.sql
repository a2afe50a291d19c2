-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.events: alter column at: set default statement_timestamp() [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE ONLY public.events ALTER COLUMN at SET DEFAULT statement_timestamp();

-- ~ table public.events: alter column source: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.events ALTER COLUMN source DROP DEFAULT;

-- ~ table public.readings: alter column level: set default 5 [access-exclusive-lock]
ALTER TABLE ONLY public.readings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE ONLY public.readings ALTER COLUMN level SET DEFAULT 5;
