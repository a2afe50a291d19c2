-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.logs: alter column line: type character varying(500) -> text [access-exclusive-lock]
ALTER TABLE public.logs ALTER COLUMN line TYPE text;

-- ~ table public.logs_2025: alter column line: storage external, compression lz4 [access-exclusive-lock]
ALTER TABLE ONLY public.logs_2025 ALTER COLUMN line SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.logs_2025 ALTER COLUMN line SET COMPRESSION lz4;

-- ~ table public.notes: alter column body: type character varying(200) -> text, storage main, compression lz4 [access-exclusive-lock]
ALTER TABLE public.notes ALTER COLUMN body TYPE text;
ALTER TABLE ONLY public.notes ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY public.notes ALTER COLUMN body SET COMPRESSION lz4;

-- ~ table public.notes: alter column score: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.notes ALTER COLUMN score TYPE integer;
