-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events: drop table to create it again as a typed table of public.event_row (its columns are not the type's attributes, in order) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;

-- + table public.events: create table (2 columns, 0 constraints)
CREATE TABLE public.events OF public.event_row;
