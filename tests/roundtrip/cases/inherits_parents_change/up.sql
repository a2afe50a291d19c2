-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- + table public.logins: add column who text [access-exclusive-lock]
ALTER TABLE public.logins ADD COLUMN who text;

-- ~ table public.logins: inherit from public.audited: queries of public.audited read its rows too [access-exclusive-lock]
ALTER TABLE public.logins INHERIT public.audited;

-- ~ table public.standalone: inherit from public.events: queries of public.events read its rows too [access-exclusive-lock]
ALTER TABLE public.standalone INHERIT public.events;
