-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + table public.readings: add column note text COMPRESSION lz4 [access-exclusive-lock]
ALTER TABLE public.readings ADD COLUMN note text COMPRESSION lz4;
ALTER TABLE ONLY public.readings ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.readings ALTER COLUMN note SET STATISTICS 10;

-- ~ table public.readings_2025: alter column note: storage external, statistics 10 [access-exclusive-lock]
ALTER TABLE ONLY public.readings_2025 ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.readings_2025 ALTER COLUMN note SET STATISTICS 10;
