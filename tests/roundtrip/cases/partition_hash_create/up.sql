-- schemac migration: up
-- 4 steps; no hazards

-- + table public.sessions: create partitioned table (2 columns, 1 constraint)
CREATE TABLE public.sessions (
    id uuid NOT NULL,
    started timestamp with time zone NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
) PARTITION BY HASH (id);

-- + table public.sessions_0: create table as partition of public.sessions (0 constraints)
CREATE TABLE public.sessions_0 PARTITION OF public.sessions FOR VALUES WITH (modulus 3, remainder 0);

-- + table public.sessions_1: create table as partition of public.sessions (0 constraints)
CREATE TABLE public.sessions_1 PARTITION OF public.sessions FOR VALUES WITH (modulus 3, remainder 1);

-- + table public.sessions_2: create table as partition of public.sessions (0 constraints)
CREATE TABLE public.sessions_2 PARTITION OF public.sessions FOR VALUES WITH (modulus 3, remainder 2);
