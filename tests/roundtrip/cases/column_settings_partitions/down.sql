-- schemac migration: down
-- 8 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.measures_2026: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.measures_2026;

-- - table public.measures_2027: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.measures_2027;

-- ~ table public.measures: alter column reading: storage extended, default statistics [access-exclusive-lock]
ALTER TABLE ONLY public.measures ALTER COLUMN reading SET STORAGE EXTENDED;
ALTER TABLE ONLY public.measures ALTER COLUMN reading SET STATISTICS -1;

-- ~ table public.measures: alter column unit: storage extended, compression default [access-exclusive-lock]
ALTER TABLE ONLY public.measures ALTER COLUMN unit SET STORAGE EXTENDED;
ALTER TABLE ONLY public.measures ALTER COLUMN unit SET COMPRESSION DEFAULT;

-- ~ table public.measures_2025: alter column reading: storage extended, default statistics [access-exclusive-lock]
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN reading SET STORAGE EXTENDED;
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN reading SET STATISTICS -1;

-- ~ table public.measures_2025: alter column unit: compression default [access-exclusive-lock]
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN unit SET COMPRESSION DEFAULT;

-- ~ table public.measures_old: alter column reading: storage extended, default statistics [access-exclusive-lock]
ALTER TABLE ONLY public.measures_old ALTER COLUMN reading SET STORAGE EXTENDED;
ALTER TABLE ONLY public.measures_old ALTER COLUMN reading SET STATISTICS -1;

-- ~ table public.measures_old: alter column unit: default statistics
ALTER TABLE ONLY public.measures_old ALTER COLUMN unit SET STATISTICS -1;
