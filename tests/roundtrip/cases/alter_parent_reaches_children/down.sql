-- schemac migration: down
-- 14 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.c3: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.c3;

-- - table public.c4: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.c4;

-- - table public.pp2: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.pp2;

-- ~ table public.c: alter column a: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.c ALTER COLUMN a DROP DEFAULT;

-- ~ table public.c: alter column b: default statistics
ALTER TABLE ONLY public.c ALTER COLUMN b SET STATISTICS -1;

-- ~ table public.c: alter column c: set default 'x'::text, storage extended [access-exclusive-lock]
ALTER TABLE ONLY public.c ALTER COLUMN c SET DEFAULT 'x'::text;
ALTER TABLE ONLY public.c ALTER COLUMN c SET STORAGE EXTENDED;

-- ~ table public.c2: alter column a: set default 1 [access-exclusive-lock]
ALTER TABLE ONLY public.c2 ALTER COLUMN a DROP DEFAULT;
ALTER TABLE ONLY public.c2 ALTER COLUMN a SET DEFAULT 1;

-- ~ table public.c2: alter column b: default statistics
ALTER TABLE ONLY public.c2 ALTER COLUMN b SET STATISTICS -1;

-- ~ table public.c2: alter column c: set default 'x'::text, storage extended [access-exclusive-lock]
ALTER TABLE ONLY public.c2 ALTER COLUMN c SET DEFAULT 'x'::text;
ALTER TABLE ONLY public.c2 ALTER COLUMN c SET STORAGE EXTENDED;

-- ~ table public.p: alter column a: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN a DROP DEFAULT;

-- ~ table public.p: alter column b: drop default, default statistics [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN b DROP DEFAULT;
ALTER TABLE ONLY public.p ALTER COLUMN b SET STATISTICS -1;

-- ~ table public.p: alter column c: set default 'x'::text, storage extended [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN c SET DEFAULT 'x'::text;
ALTER TABLE ONLY public.p ALTER COLUMN c SET STORAGE EXTENDED;

-- ~ table public.pp: alter column b: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.pp ALTER COLUMN b DROP DEFAULT;

-- ~ table public.pp1: alter column b: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.pp1 ALTER COLUMN b DROP DEFAULT;
