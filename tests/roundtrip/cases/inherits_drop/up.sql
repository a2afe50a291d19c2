-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ table public.payments: no longer inherit from public.events: queries of public.events no longer read its rows [access-exclusive-lock]
ALTER TABLE public.payments NO INHERIT public.events;
ALTER TABLE public.payments DROP CONSTRAINT events_id_check;

-- - table public.logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- - table public.events: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.events;
