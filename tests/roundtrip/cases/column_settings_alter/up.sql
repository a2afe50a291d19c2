-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock

-- ~ table public.docs: alter column body: compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN body SET COMPRESSION lz4;

-- ~ table public.docs: alter column id: statistics 1000
ALTER TABLE ONLY public.docs ALTER COLUMN id SET STATISTICS 1000;

-- ~ table public.docs: alter column payload: storage external, compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.docs ALTER COLUMN payload SET COMPRESSION lz4;

-- ~ table public.docs: alter column score: default statistics
ALTER TABLE ONLY public.docs ALTER COLUMN score SET STATISTICS -1;

-- ~ table public.docs: alter column title: storage extended [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN title SET STORAGE EXTENDED;
