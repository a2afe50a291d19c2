-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - publication events_feed: drop publication to create it again
DROP PUBLICATION events_feed;

-- - table public.events: drop table to create it again with partition key RANGE (at) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;

-- + table public.events: create partitioned table (2 columns, 0 constraints)
CREATE TABLE public.events (
    id integer,
    at date NOT NULL
) PARTITION BY RANGE (at);

-- + table public.events_2024: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- + publication events_feed: create publication again
CREATE PUBLICATION events_feed FOR TABLE ONLY public.events, TABLE ONLY public.other WITH (publish = 'insert', publish_via_partition_root = false);
