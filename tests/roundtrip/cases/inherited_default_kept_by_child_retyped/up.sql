-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: alter column weight: type integer -> bigint, set default 2 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN weight DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN weight TYPE bigint;
ALTER TABLE ONLY public.events ALTER COLUMN weight SET DEFAULT 2;
ALTER TABLE ONLY public.logins ALTER COLUMN weight SET DEFAULT 7;

-- ~ table public.readings: alter column level: type integer -> bigint, set default 5 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.readings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE public.readings ALTER COLUMN level TYPE bigint;
ALTER TABLE ONLY public.readings ALTER COLUMN level SET DEFAULT 5;
ALTER TABLE ONLY public.readings_2024 ALTER COLUMN level SET DEFAULT 1;
