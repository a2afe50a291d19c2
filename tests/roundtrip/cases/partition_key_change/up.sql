-- schemac migration: up
-- 7 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - view public.recent: drop view to create it again
DROP VIEW public.recent;

-- - table public.events_2024: drop table to create it again with its parent public.events [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2024;

-- - table public.events: drop table to create it again with partition key LIST (kind) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;

-- + table public.events: create partitioned table (3 columns, 1 constraint)
CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id, at, kind)
) PARTITION BY LIST (kind);

-- + table public.events_2024: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES IN ('other', 'misc');

-- + table public.events_notes: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_notes PARTITION OF public.events FOR VALUES IN ('note');

-- + view public.recent: create view again
CREATE VIEW public.recent (id, at) AS
SELECT events.id,
    events.at
   FROM public.events;
