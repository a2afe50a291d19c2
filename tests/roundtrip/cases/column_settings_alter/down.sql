-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock

-- ~ table public.docs: alter column body: compression pglz [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN body SET COMPRESSION pglz;

-- ~ table public.docs: alter column id: default statistics
ALTER TABLE ONLY public.docs ALTER COLUMN id SET STATISTICS -1;

-- ~ table public.docs: alter column payload: storage extended, compression default [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN payload SET STORAGE EXTENDED;
ALTER TABLE ONLY public.docs ALTER COLUMN payload SET COMPRESSION DEFAULT;

-- ~ table public.docs: alter column score: statistics 500
ALTER TABLE ONLY public.docs ALTER COLUMN score SET STATISTICS 500;

-- ~ table public.docs: alter column title: storage main [access-exclusive-lock]
ALTER TABLE ONLY public.docs ALTER COLUMN title SET STORAGE MAIN;
