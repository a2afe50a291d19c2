-- schemac migration: up
-- 14 steps; hazards: access-exclusive-lock

-- ~ table public.c: alter column a: set default 9 [access-exclusive-lock]
ALTER TABLE ONLY public.c ALTER COLUMN a SET DEFAULT 9;

-- ~ table public.c: alter column b: statistics 123
ALTER TABLE ONLY public.c ALTER COLUMN b SET STATISTICS 123;

-- ~ table public.c: alter column c: drop default, storage main [access-exclusive-lock]
ALTER TABLE ONLY public.c ALTER COLUMN c DROP DEFAULT;
ALTER TABLE ONLY public.c ALTER COLUMN c SET STORAGE MAIN;

-- ~ table public.c2: alter column a: set default 9 [access-exclusive-lock]
ALTER TABLE ONLY public.c2 ALTER COLUMN a DROP DEFAULT;
ALTER TABLE ONLY public.c2 ALTER COLUMN a SET DEFAULT 9;

-- ~ table public.c2: alter column b: statistics 123
ALTER TABLE ONLY public.c2 ALTER COLUMN b SET STATISTICS 123;

-- ~ table public.c2: alter column c: drop default, storage main [access-exclusive-lock]
ALTER TABLE ONLY public.c2 ALTER COLUMN c DROP DEFAULT;
ALTER TABLE ONLY public.c2 ALTER COLUMN c SET STORAGE MAIN;

-- ~ table public.p: alter column a: set default 9 [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN a SET DEFAULT 9;

-- ~ table public.p: alter column b: set default 5, statistics 123 [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN b SET DEFAULT 5;
ALTER TABLE ONLY public.p ALTER COLUMN b SET STATISTICS 123;

-- ~ table public.p: alter column c: drop default, storage main [access-exclusive-lock]
ALTER TABLE ONLY public.p ALTER COLUMN c DROP DEFAULT;
ALTER TABLE ONLY public.p ALTER COLUMN c SET STORAGE MAIN;

-- ~ table public.pp: alter column b: set default 7 [access-exclusive-lock]
ALTER TABLE ONLY public.pp ALTER COLUMN b SET DEFAULT 7;

-- ~ table public.pp1: alter column b: set default 7 [access-exclusive-lock]
ALTER TABLE ONLY public.pp1 ALTER COLUMN b SET DEFAULT 7;

-- + table public.c3: create table (3 columns, 0 constraints)
CREATE TABLE public.c3 () INHERITS (public.p);
ALTER TABLE ONLY public.c3 ALTER COLUMN c SET STORAGE MAIN;
ALTER TABLE public.c3 ALTER COLUMN b DROP DEFAULT;

-- + table public.c4: create table (3 columns, 0 constraints)
CREATE TABLE public.c4 (
    a integer DEFAULT 4
) INHERITS (public.p);
ALTER TABLE ONLY public.c4 ALTER COLUMN c SET STORAGE MAIN;
ALTER TABLE public.c4 ALTER COLUMN b DROP DEFAULT;

-- + table public.pp2: create table as partition of public.pp (0 constraints)
CREATE TABLE public.pp2 PARTITION OF public.pp FOR VALUES IN (2);
