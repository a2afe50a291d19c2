-- schemac migration: up
-- 4 steps; hazards: index-build

-- + table public.events: create partitioned table (3 columns, 2 constraints)
CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text)),
    CONSTRAINT events_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

-- + table public.events_2024: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- + table public.events_other: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;

-- + index public.events_kind_idx: create index [index-build]
CREATE INDEX events_kind_idx ON public.events USING btree (kind);
