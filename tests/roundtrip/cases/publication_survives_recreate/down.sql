-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - publication events_feed: drop publication to create it again
DROP PUBLICATION events_feed;

-- - table public.events_2024: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events_2024;

-- - table public.events: drop table to create it again with no partition key [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;

-- + table public.events: create table (2 columns, 0 constraints)
CREATE TABLE public.events (
    id integer,
    at date NOT NULL
);

-- + publication events_feed: create publication again
CREATE PUBLICATION events_feed FOR TABLE ONLY public.events, TABLE ONLY public.other WITH (publish = 'insert', publish_via_partition_root = false);
