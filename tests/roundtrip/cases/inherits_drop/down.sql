-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.payments: drop table to create it again inheriting from public.events [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.payments;

-- + table public.events: create table (2 columns, 1 constraint)
CREATE TABLE public.events (
    id bigint,
    at timestamp with time zone NOT NULL,
    CONSTRAINT events_id_check CHECK ((id > 0))
);

-- + table public.logins: create table (3 columns, 0 constraints)
CREATE TABLE public.logins (
    user_name text
) INHERITS (public.events);

-- + table public.payments: create table (3 columns, 0 constraints)
CREATE TABLE public.payments (
    amount numeric
) INHERITS (public.events);
