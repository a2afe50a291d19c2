-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ table public.logins: no longer inherit from public.audited: queries of public.audited no longer read its rows [access-exclusive-lock]
ALTER TABLE public.logins NO INHERIT public.audited;

-- ~ table public.standalone: no longer inherit from public.events: queries of public.events no longer read its rows [access-exclusive-lock]
ALTER TABLE public.standalone NO INHERIT public.events;

-- - table public.logins: drop column who [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.logins DROP COLUMN who;
