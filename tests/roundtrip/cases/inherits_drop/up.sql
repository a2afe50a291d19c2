-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- - table public.payments: drop table to create it again without parents [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.payments;

-- - table public.events: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;

-- + table public.payments: create table (3 columns, 0 constraints)
CREATE TABLE public.payments (
    id bigint,
    at timestamp with time zone NOT NULL,
    amount numeric
);
