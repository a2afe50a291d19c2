-- schemac migration: up
-- 8 steps; hazards: access-exclusive-lock

-- ~ table public.measures: alter column reading: storage main, statistics 300 [access-exclusive-lock]
ALTER TABLE ONLY public.measures ALTER COLUMN reading SET STORAGE MAIN;
ALTER TABLE ONLY public.measures ALTER COLUMN reading SET STATISTICS 300;

-- ~ table public.measures: alter column unit: storage external, compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.measures ALTER COLUMN unit SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.measures ALTER COLUMN unit SET COMPRESSION lz4;

-- ~ table public.measures_2025: alter column reading: storage main, statistics 300 [access-exclusive-lock]
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN reading SET STORAGE MAIN;
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN reading SET STATISTICS 300;

-- ~ table public.measures_2025: alter column unit: compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.measures_2025 ALTER COLUMN unit SET COMPRESSION lz4;

-- ~ table public.measures_old: alter column reading: storage main, statistics 300 [access-exclusive-lock]
ALTER TABLE ONLY public.measures_old ALTER COLUMN reading SET STORAGE MAIN;
ALTER TABLE ONLY public.measures_old ALTER COLUMN reading SET STATISTICS 300;

-- ~ table public.measures_old: alter column unit: statistics 50
ALTER TABLE ONLY public.measures_old ALTER COLUMN unit SET STATISTICS 50;

-- + table public.measures_2026: create table as partition of public.measures (0 constraints)
CREATE TABLE public.measures_2026 PARTITION OF public.measures FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY public.measures_2026 ALTER COLUMN reading SET STORAGE MAIN;
ALTER TABLE ONLY public.measures_2026 ALTER COLUMN unit SET STORAGE EXTENDED;
ALTER TABLE ONLY public.measures_2026 ALTER COLUMN unit SET COMPRESSION lz4;

-- + table public.measures_2027: create table as partition of public.measures (0 constraints)
CREATE TABLE public.measures_2027 PARTITION OF public.measures FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
ALTER TABLE ONLY public.measures_2027 ALTER COLUMN reading SET STORAGE MAIN;
ALTER TABLE ONLY public.measures_2027 ALTER COLUMN unit SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.measures_2027 ALTER COLUMN unit SET COMPRESSION lz4;
