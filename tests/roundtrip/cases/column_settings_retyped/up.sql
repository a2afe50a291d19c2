-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.logs: alter column line: type text -> character varying(500) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.logs ALTER COLUMN line TYPE character varying(500);

-- ~ table public.logs_2025: alter column line: storage external, compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.logs_2025 ALTER COLUMN line SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.logs_2025 ALTER COLUMN line SET COMPRESSION lz4;

-- ~ table public.notes: alter column body: type text -> character varying(200), storage main, compression lz4 [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.notes ALTER COLUMN body TYPE character varying(200);
ALTER TABLE ONLY public.notes ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY public.notes ALTER COLUMN body SET COMPRESSION lz4;

-- ~ table public.notes: alter column score: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.notes ALTER COLUMN score TYPE bigint;
