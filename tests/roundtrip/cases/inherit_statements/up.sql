-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.leaving: no longer inherit from public.parent: queries of public.parent no longer read its rows [access-exclusive-lock]
ALTER TABLE public.leaving NO INHERIT public.parent;

-- ~ table public.joined: inherit from public.parent: queries of public.parent read its rows too [access-exclusive-lock]
ALTER TABLE public.joined INHERIT public.parent;
