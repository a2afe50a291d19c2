-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.events: alter column weight: type bigint -> integer, set default 1 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ALTER COLUMN weight DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN weight TYPE integer;
ALTER TABLE ONLY public.events ALTER COLUMN weight SET DEFAULT 1;
ALTER TABLE ONLY public.logins ALTER COLUMN weight SET DEFAULT 7;

-- ~ table public.readings: alter column level: type bigint -> integer, set default 0 [table-rewrite, access-exclusive-lock]
ALTER TABLE public.readings ALTER COLUMN level DROP DEFAULT;
ALTER TABLE public.readings ALTER COLUMN level TYPE integer;
ALTER TABLE ONLY public.readings ALTER COLUMN level SET DEFAULT 0;
ALTER TABLE ONLY public.readings_2024 ALTER COLUMN level SET DEFAULT 1;
