-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.logins: drop table to create it again inheriting from public.events [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- - table public.standalone: drop table to create it again without parents [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.standalone;

-- + table public.logins: create table (3 columns, 0 constraints)
CREATE TABLE public.logins (
    user_name text
) INHERITS (public.events);

-- + table public.standalone: create table (2 columns, 0 constraints)
CREATE TABLE public.standalone (
    id bigint,
    at timestamp with time zone NOT NULL
);
