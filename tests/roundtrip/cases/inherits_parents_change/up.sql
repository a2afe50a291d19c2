-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.logins: drop table to create it again inheriting from public.events, public.audited [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- - table public.standalone: drop table to create it again inheriting from public.events [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.standalone;

-- + table public.logins: create table (4 columns, 0 constraints)
CREATE TABLE public.logins (
    user_name text
) INHERITS (public.events, public.audited);

-- + table public.standalone: create table (2 columns, 0 constraints)
CREATE TABLE public.standalone () INHERITS (public.events);
